using VendorBot.Discord.Gateway;

namespace VendorBot.Discord.Tests.Gateway;

public sealed class SecretHandlingTests
{
    [Fact]
    public async Task TheTokenNeverAppearsInAnyLogLineOrException()
    {
        await using var harness = await GatewayHarness.ReadyAsync(script: gateway => gateway.HeartbeatInterval = TimeSpan.FromMilliseconds(100));
        harness.Handler.Behaviour = (dispatch, _) => dispatch is MessageCreateDispatch
            ? throw new InvalidOperationException("handler failure")
            : ValueTask.CompletedTask;
        await harness.Gateway.PushDispatchAsync("MESSAGE_CREATE", Some.MessageJson(1), TestContext.Current.CancellationToken);
        await harness.Gateway.PushDispatchAsync("MESSAGE_CREATE", "{\"id\":[]}", TestContext.Current.CancellationToken);
        await harness.Handler.WaitForMessagesAsync(1);
        harness.Gateway.DropConnection();
        await harness.Handler.WaitForAsync(handler => handler.Events.OfType<ResumedDispatch>().Any(), "RESUMED");
        harness.Gateway.IdentifyCloseCode = 4004;

        await harness.Gateway.CloseAsync(4009);
        var error = await Should.ThrowAsync<DiscordGatewayException>(harness.Run.WaitAsync(GatewayHarness.Patience, TestContext.Current.CancellationToken));

        error.ToString().ShouldNotContain(GatewayHarness.Token);
        var records = harness.Logs.GetSnapshot();
        records.Count.ShouldBeGreaterThan(10);
        foreach (var record in records)
        {
            record.Message.ShouldNotContain(GatewayHarness.Token);
            (record.Exception?.ToString() ?? "").ShouldNotContain(GatewayHarness.Token);
            foreach (var (key, value) in record.StructuredState ?? [])
            {
                (value ?? "").ShouldNotContain(GatewayHarness.Token, customMessage: key);
            }
        }
    }

    [Fact]
    public void OptionsAndPayloadsRedactTheToken()
    {
        new DiscordClientOptions { Token = GatewayHarness.Token }.ToString().ShouldNotContain(GatewayHarness.Token);
    }
}
