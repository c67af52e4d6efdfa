using Microsoft.Extensions.Time.Testing;
using VendorBot.Discord.Gateway;

namespace VendorBot.Discord.Tests.Gateway;

public sealed class HeartbeatTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    [Fact]
    public async Task TheFirstHeartbeatIsJitteredThenOneFollowsEveryInterval()
    {
        var time = new FakeTimeProvider();
        await using var harness = await GatewayHarness.ReadyAsync(
            options =>
            {
                options.Time = time;
                options.Random = 0.25;
            },
            gateway => gateway.HeartbeatInterval = TimeSpan.FromSeconds(40));

        time.Advance(TimeSpan.FromSeconds(10) - TimeSpan.FromMilliseconds(1));
        await Task.Delay(Quiet, TestContext.Current.CancellationToken);
        harness.Gateway.ReceivedWithOp(1).ShouldBeEmpty();

        time.Advance(TimeSpan.FromMilliseconds(1));
        await harness.Gateway.WaitForOpAsync(1, 1, GatewayHarness.Patience);
        await harness.HeartbeatAcks.WaitForMeasurementsAsync(1, GatewayHarness.Patience);
        harness.Gateway.ReceivedWithOp(1)[0].Data.GetInt64().ShouldBe(1);

        time.Advance(TimeSpan.FromSeconds(40) - TimeSpan.FromMilliseconds(1));
        await Task.Delay(Quiet, TestContext.Current.CancellationToken);
        harness.Gateway.ReceivedWithOp(1).Count.ShouldBe(1);

        time.Advance(TimeSpan.FromMilliseconds(1));
        await harness.Gateway.WaitForOpAsync(1, 2, GatewayHarness.Patience);
        harness.Gateway.Connections.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task HeartbeatsCarryTheLastSequenceNumber()
    {
        var time = new FakeTimeProvider();
        await using var harness = await GatewayHarness.ReadyAsync(
            options => options.Time = time,
            gateway => gateway.HeartbeatInterval = TimeSpan.FromSeconds(40));
        await harness.Gateway.PushDispatchAsync("MESSAGE_CREATE", Some.MessageJson(1), TestContext.Current.CancellationToken);
        await harness.Gateway.PushDispatchAsync("SOMETHING_NEW", "{}", TestContext.Current.CancellationToken);
        await harness.Gateway.PushDispatchAsync("MESSAGE_CREATE", Some.MessageJson(2), TestContext.Current.CancellationToken);
        await harness.Handler.WaitForMessagesAsync(2);

        time.Advance(TimeSpan.FromSeconds(20));
        await harness.Gateway.WaitForOpAsync(1, 1, GatewayHarness.Patience);

        harness.Gateway.ReceivedWithOp(1)[0].Data.GetInt64().ShouldBe(4);
    }

    [Fact]
    public async Task AMissingAckMakesAZombieThatIsClosedAndResumed()
    {
        await using var harness = await GatewayHarness.ReadyAsync(
            script: gateway =>
            {
                gateway.HeartbeatInterval = TimeSpan.FromMilliseconds(100);
                gateway.AckHeartbeats = false;
            });

        await harness.Gateway.WaitUntilAsync(gateway => gateway.Connections[0].IsClosed, GatewayHarness.Patience, "the zombie closed");
        harness.Gateway.AckHeartbeats = true;
        await harness.Handler.WaitForAsync(handler => handler.Events.OfType<ResumedDispatch>().Any(), "RESUMED");

        harness.Gateway.Connections[0].ClientCloseCode.ShouldBe(4000);
        harness.Gateway.ReceivedWithOp(1).Count(payload => payload.Connection == 1).ShouldBe(1);
        harness.Gateway.ReceivedWithOp(6)[0].Connection.ShouldBe(2);
    }

    [Fact]
    public async Task AHeartbeatRequestIsAnsweredAtOnce()
    {
        await using var harness = await GatewayHarness.ReadyAsync(script: gateway => gateway.HeartbeatInterval = TimeSpan.FromMinutes(1));

        await harness.Gateway.RequestHeartbeatAsync();
        await harness.Gateway.WaitForOpAsync(1, 1, GatewayHarness.Patience);

        harness.Gateway.ReceivedWithOp(1).ShouldHaveSingleItem().Data.GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task ASlowHandlerDoesNotDelayHeartbeats()
    {
        var time = new FakeTimeProvider();
        var interval = TimeSpan.FromSeconds(40);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var harness = await GatewayHarness.ReadyAsync(
            options => options.Time = time,
            gateway => gateway.HeartbeatInterval = interval);
        harness.Handler.Behaviour = async (dispatch, cancellationToken) =>
        {
            if (dispatch is MessageCreateDispatch { Message.Id.Value: 1 })
            {
                entered.TrySetResult();
                await release.Task.WaitAsync(GatewayHarness.Patience, cancellationToken);
            }
        };
        await harness.Gateway.PushDispatchAsync("MESSAGE_CREATE", Some.MessageJson(1), TestContext.Current.CancellationToken);
        await harness.Gateway.PushDispatchAsync("MESSAGE_CREATE", Some.MessageJson(2), TestContext.Current.CancellationToken);
        await entered.Task.WaitAsync(GatewayHarness.Patience, TestContext.Current.CancellationToken);

        // While the handler blocks, five intervals pass: each beat must be sent on time and its ACK processed.
        time.Advance(interval / 2);
        for (var beat = 1; beat <= 5; beat++)
        {
            await harness.Gateway.WaitForOpAsync(1, beat, GatewayHarness.Patience);
            await harness.HeartbeatAcks.WaitForMeasurementsAsync(beat, GatewayHarness.Patience);
            time.Advance(interval);
        }

        var messagesWhileBlocked = harness.Handler.Messages.Count;
        release.TrySetResult();
        await harness.Handler.WaitForMessagesAsync(2);

        messagesWhileBlocked.ShouldBe(1);
        harness.Gateway.ReceivedWithOp(1).Count.ShouldBeGreaterThanOrEqualTo(5);
        harness.Gateway.Connections.ShouldHaveSingleItem();
        harness.Client.State.ShouldBe(GatewayState.Connected);
    }
}
