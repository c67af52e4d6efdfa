using VendorBot.Discord.Gateway;

namespace VendorBot.Discord.Tests.Gateway;

public sealed class CloseCodeTests
{
    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4008)]
    public async Task ResumableCloseCodesReconnectAndResume(int code)
    {
        await using var harness = await GatewayHarness.ReadyAsync();

        await harness.Gateway.CloseAsync(code);
        await harness.Handler.WaitForAsync(handler => handler.Events.OfType<ResumedDispatch>().Any(), "RESUMED");

        harness.Gateway.ReceivedWithOp(6).ShouldHaveSingleItem().Connection.ShouldBe(2);
        harness.Gateway.ReceivedWithOp(2).ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(4003)]
    [InlineData(4005)]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task SessionEndingCloseCodesReconnectWithAFreshIdentify(int code)
    {
        await using var harness = await GatewayHarness.ReadyAsync();

        await harness.Gateway.CloseAsync(code);
        await harness.Handler.WaitForAsync(handler => handler.Events.OfType<ReadyDispatch>().Count() == 2, "a second READY");

        harness.Gateway.ReceivedWithOp(6).ShouldBeEmpty();
        harness.Gateway.ReceivedWithOp(2).Count.ShouldBe(2);
        harness.Gateway.GatewayBotAuthorizations.Count.ShouldBe(2);
    }

    [Fact]
    public async Task InvalidSequenceOnResumeLeadsToAFreshIdentify()
    {
        await using var harness = await GatewayHarness.ReadyAsync(script: gateway => gateway.ResumeCloseCode = 4007);

        harness.Gateway.DropConnection();
        await harness.Handler.WaitForAsync(handler => handler.Events.OfType<ReadyDispatch>().Count() == 2, "a second READY");

        harness.Gateway.ReceivedWithOp(6).ShouldHaveSingleItem();
        harness.Gateway.ReceivedWithOp(2).Count.ShouldBe(2);
    }

    [Fact]
    public async Task AuthenticationFailedStopsAfterExactlyOneIdentifyWithAClearError()
    {
        await using var harness = await GatewayHarness.CreateAsync(script: gateway => gateway.IdentifyCloseCode = 4004);

        harness.Start();
        var error = await Should.ThrowAsync<DiscordGatewayException>(harness.Run.WaitAsync(GatewayHarness.Patience, TestContext.Current.CancellationToken));

        error.Message.ShouldContain("authentication failed");
        error.Message.ShouldNotContain(GatewayHarness.Token);
        error.CloseCode.ShouldBe(4004);
        harness.Client.State.ShouldBe(GatewayState.Faulted);
        harness.Gateway.ReceivedWithOp(2).ShouldHaveSingleItem();
        harness.Gateway.Connections.ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData(4010, "invalid shard")]
    [InlineData(4011, "sharding")]
    [InlineData(4012, "invalid API version")]
    [InlineData(4013, "invalid intents")]
    [InlineData(4014, "MESSAGE_CONTENT")]
    public async Task FatalCloseCodesStopWithoutRetryingAndNameTheCause(int code, string cause)
    {
        await using var harness = await GatewayHarness.CreateAsync(script: gateway => gateway.IdentifyCloseCode = code);

        harness.Start();
        var error = await Should.ThrowAsync<DiscordGatewayException>(harness.Run.WaitAsync(GatewayHarness.Patience, TestContext.Current.CancellationToken));

        error.Message.ShouldContain(cause);
        error.CloseCode.ShouldBe(code);
        harness.Gateway.ReceivedWithOp(2).ShouldHaveSingleItem();
        harness.Gateway.Connections.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task DisallowedIntentsNamesOnlyThePrivilegedIntentsRequested()
    {
        await using var harness = await GatewayHarness.CreateAsync(
            options => options.Settings["Discord:Intents"] = "Guilds, GuildMembers",
            gateway => gateway.IdentifyCloseCode = 4014);

        harness.Start();
        var error = await Should.ThrowAsync<DiscordGatewayException>(harness.Run.WaitAsync(GatewayHarness.Patience, TestContext.Current.CancellationToken));

        error.Message.ShouldContain("GUILD_MEMBERS");
        error.Message.ShouldNotContain("MESSAGE_CONTENT");
    }

    [Fact]
    public async Task ARejectedTokenOnTheGatewayLookupIsFatalBeforeAnyConnection()
    {
        await using var harness = await GatewayHarness.CreateAsync(script: gateway => gateway.GatewayBotStatus = 401);

        harness.Start();
        var error = await Should.ThrowAsync<DiscordGatewayException>(harness.Run.WaitAsync(GatewayHarness.Patience, TestContext.Current.CancellationToken));

        error.Message.ShouldContain("authentication failed");
        harness.Gateway.GatewayBotAuthorizations.ShouldHaveSingleItem();
        harness.Gateway.Connections.ShouldBeEmpty();
    }
}
