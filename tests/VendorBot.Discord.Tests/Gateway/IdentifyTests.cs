using VendorBot.Discord.Gateway;

namespace VendorBot.Discord.Tests.Gateway;

public sealed class IdentifyTests
{
    [Fact]
    public async Task IdentifySendsTheTokenDefaultIntentsShardAndProperties()
    {
        await using var harness = await GatewayHarness.ReadyAsync();

        var identify = harness.Gateway.ReceivedWithOp(2).ShouldHaveSingleItem().Data;
        identify.GetProperty("token").GetString().ShouldBe(GatewayHarness.Token);
        identify.GetProperty("intents").GetInt32().ShouldBe((1 << 0) | (1 << 9) | (1 << 12) | (1 << 15));
        identify.GetProperty("shard").EnumerateArray().Select(value => value.GetInt32()).ShouldBe([0, 1]);
        var properties = identify.GetProperty("properties");
        properties.GetProperty("os").GetString().ShouldBe("linux");
        properties.GetProperty("browser").GetString().ShouldBe("vendorbot");
        properties.GetProperty("device").GetString().ShouldBe("vendorbot");
        identify.GetProperty("large_threshold").GetInt32().ShouldBe(50);
    }

    [Fact]
    public async Task TheGatewayIsLookedUpWithTheBotTokenAndConnectedWithVersionAndEncoding()
    {
        await using var harness = await GatewayHarness.ReadyAsync();

        harness.Gateway.GatewayBotAuthorizations.ShouldHaveSingleItem().ShouldBe($"Bot {GatewayHarness.Token}");
        harness.Gateway.Connections.ShouldHaveSingleItem();
        harness.Client.State.ShouldBe(GatewayState.Connected);
    }

    [Fact]
    public async Task ReadyIsDeliveredWithTheSessionTheBotUserAndTheApplication()
    {
        await using var harness = await GatewayHarness.ReadyAsync();

        var ready = harness.Handler.Events.OfType<ReadyDispatch>().ShouldHaveSingleItem();
        ready.Sequence.ShouldBe(1);
        ready.Ready.SessionId.ShouldNotBeNullOrEmpty();
        ready.Ready.ResumeGatewayUrl.ShouldStartWith(harness.Server.BaseAddress.ToString().Replace("http://", "ws://", StringComparison.Ordinal));
        ready.Ready.User.Id.Value.ShouldBe(900UL);
        ready.Ready.User.Bot.ShouldBeTrue();
        ready.Ready.Application!.Id.Value.ShouldBe(950UL);
        harness.Client.SessionId.ShouldBe(ready.Ready.SessionId);
    }

    [Fact]
    public async Task ConfiguredIntentsAndShardAreSent()
    {
        await using var harness = await GatewayHarness.ReadyAsync(options =>
        {
            options.Settings["Discord:Intents"] = "Guilds, GuildMessages";
            options.Settings["Discord:ShardId"] = "1";
            options.Settings["Discord:ShardCount"] = "2";
        });

        var identify = harness.Gateway.ReceivedWithOp(2).ShouldHaveSingleItem().Data;
        identify.GetProperty("intents").GetInt32().ShouldBe((1 << 0) | (1 << 9));
        identify.GetProperty("shard").EnumerateArray().Select(value => value.GetInt32()).ShouldBe([1, 2]);
    }

    [Fact]
    public async Task StoppingClosesCleanlyWith1000()
    {
        await using var harness = await GatewayHarness.ReadyAsync();

        await harness.StopAsync();

        harness.Client.State.ShouldBe(GatewayState.Stopped);
        await harness.Gateway.WaitUntilAsync(gateway => gateway.Connections[0].ClientCloseCode is not null, GatewayHarness.Patience, "the client's close");
        harness.Gateway.Connections.ShouldHaveSingleItem().ClientCloseCode.ShouldBe(1000);
    }

    [Fact]
    public async Task StateChangesAreObservableInOrder()
    {
        await using var harness = await GatewayHarness.CreateAsync();
        var states = new List<GatewayState>();
        harness.Client.StateChanged += (_, change) =>
        {
            lock (states)
            {
                states.Add(change.Current);
            }
        };

        harness.Start();
        await harness.Handler.WaitForAsync(handler => handler.Events.OfType<ReadyDispatch>().Any(), "READY");
        await harness.StopAsync();

        lock (states)
        {
            states.ShouldBe([GatewayState.Connecting, GatewayState.Identifying, GatewayState.Connected, GatewayState.Stopped]);
        }
    }
}
