using Microsoft.Extensions.DependencyInjection;
using VendorBot.Answering;

namespace VendorBot.Tests.EndToEnd;

public sealed class ShutdownTests
{
    [Fact]
    public async Task ShutdownFinishesTheQuestionInFlightTurnsAwayNewOnesAndClosesTheGateway()
    {
        var scripted = new ScriptedAnswerService { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var bot = await BotHarness.StartAsync(services: s => s.AddSingleton<IAnswerService>(scripted));
        var inFlight = BotHarness.Question("slow question");
        await bot.SendAsync(inFlight);
        await scripted.Started.Task.WaitAsync(BotHarness.Patience, TestContext.Current.CancellationToken);

        var stopping = bot.Host.StopAsync(TestContext.Current.CancellationToken);
        var late = BotHarness.Question("a question during shutdown");
        await bot.SendAsync(late);
        var notice = await bot.WaitForReplyAsync(late);
        stopping.IsCompleted.ShouldBeFalse();
        scripted.Gate.SetResult();
        await stopping.WaitAsync(BotHarness.Patience, TestContext.Current.CancellationToken);

        notice["content"]!.GetValue<string>().ShouldContain("restarting");
        bot.RepliesTo(inFlight).ShouldHaveSingleItem().Body["content"]!.GetValue<string>().ShouldBe("Scripted answer [1].");
        scripted.Asked.ShouldBe(1);
        await bot.Server.Gateway.WaitUntilAsync(g => g.Connections.All(c => c.IsClosed), BotHarness.Patience, "the gateway closed");
        bot.Server.Gateway.Connections[^1].ClientCloseCode.ShouldNotBeNull();
    }
}
