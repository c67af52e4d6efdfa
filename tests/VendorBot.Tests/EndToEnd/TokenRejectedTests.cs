using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VendorBot.Bot;
using VendorBot.Discord.Fakes.Rest;

namespace VendorBot.Tests.EndToEnd;

public sealed class TokenRejectedTests
{
    [Fact]
    public async Task A401OnAnyRestCallStopsTheBotWithOneClearLine()
    {
        var bot = await BotHarness.StartAsync(script: server =>
            server.Rest.Script("POST", "channels/600/typing", FakeRestReply.DiscordError(401, 0, "401: Unauthorized")));
        var lifetime = bot.Host.Services.GetRequiredService<IHostApplicationLifetime>();

        await bot.SendAsync(BotHarness.Question("What did Huawei threaten BES with?"));
        await bot.WaitUntilAsync(() => lifetime.ApplicationStopping.IsCancellationRequested, "the host stopping");

        var worker = bot.Host.Services.GetServices<IHostedService>().OfType<BotWorker>().Single();
        await bot.WaitUntilAsync(() => worker.ExecuteTask?.IsCompleted == true, "the worker ending");
        worker.ExecuteTask!.Exception!.GetBaseException().Message.ShouldContain("Check Discord:Token");
        bot.Server.Rest.RequestsTo("POST", "channels/600/messages").ShouldBeEmpty("nothing more is sent with a rejected token");
        bot.Logs.GetSnapshot().Count(record => record.Id.Id == 2007).ShouldBe(1);
        bot.Logs.GetSnapshot().ShouldNotContain(record => record.Message.Contains(BotHarness.Token, StringComparison.Ordinal));
        var stopped = await Should.ThrowAsync<InvalidOperationException>(() => bot.DisposeAsync().AsTask());
        stopped.Message.ShouldContain("Check Discord:Token");
    }
}
