using VendorBot.Discord.Gateway;

namespace VendorBot.Discord.Tests.Gateway;

/// <summary>Reconnects the docs call normal (op 7, also before Hello) and resumes that keep failing.</summary>
public sealed class ReconnectTests
{
    [Fact]
    public async Task ResumesThatKeepFailingFallBackToTheGatewayBotUrlAndIdentifyAfresh()
    {
        await using var harness = await GatewayHarness.ReadyAsync();
        harness.Gateway.ResumeCloseCode = 4000;

        harness.Gateway.DropConnection();
        await harness.Gateway.WaitUntilAsync(gateway => gateway.ReceivedWithOp(2).Count == 2, GatewayHarness.Patience, "a fresh identify");
        await harness.Handler.WaitForAsync(handler => handler.Events.OfType<ReadyDispatch>().Count() == 2, "the second READY");

        harness.Gateway.ReceivedWithOp(6).Count.ShouldBe(GatewayLimits.MaxFailedResumes);
        harness.Gateway.GatewayBotAuthorizations.Count.ShouldBe(2, "the fresh identify asked /gateway/bot for the URL again");
        harness.Logs.GetSnapshot().ShouldContain(record => record.Id.Id == 22);
        harness.Client.State.ShouldBe(GatewayState.Connected);
    }

    [Fact]
    public async Task OpSevenBeforeHelloIsANormalReconnectNotAFailure()
    {
        await using var harness = await GatewayHarness.CreateAsync(script: gateway => gateway.ReconnectsBeforeHello = 1);

        harness.Start();
        await harness.Handler.WaitForAsync(handler => handler.Events.OfType<ReadyDispatch>().Any(), "READY");

        harness.Gateway.Connections.Count.ShouldBe(2);
        harness.Gateway.Connections[0].ClientCloseCode.ShouldBe(GatewayLimits.ResumableCloseCode);
        harness.Gateway.ReceivedWithOp(2).ShouldHaveSingleItem().Connection.ShouldBe(2);
        harness.Logs.GetSnapshot().ShouldContain(record => record.Id.Id == 7, "logged as the reconnect request it is");
        harness.Logs.GetSnapshot().ShouldNotContain(record => record.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
    }
}
