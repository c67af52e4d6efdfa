using Microsoft.Extensions.Time.Testing;
using VendorBot.Discord.Gateway;

namespace VendorBot.Discord.Tests.Gateway;

public sealed class GatewaySendLimiterTests
{
    private const int NormalAllowance = GatewayLimits.SendsPerWindow - GatewayLimits.SendsReservedForHeartbeats;

    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task OrdinarySendsStopShortOfTheLimitUntilTheWindowMoves()
    {
        var limiter = new GatewaySendLimiter(_time);
        await SendAsync(limiter, GatewaySendPriority.Normal, NormalAllowance);

        var waiting = limiter.WaitAsync(GatewaySendPriority.Normal, TestContext.Current.CancellationToken).AsTask();
        _time.Advance(GatewayLimits.SendWindow - TimeSpan.FromMilliseconds(1));
        waiting.IsCompleted.ShouldBeFalse();

        _time.Advance(TimeSpan.FromMilliseconds(1));
        await waiting.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task HeartbeatsMayUseTheReservedSendsButNotMore()
    {
        var limiter = new GatewaySendLimiter(_time);
        await SendAsync(limiter, GatewaySendPriority.Normal, NormalAllowance);

        await SendAsync(limiter, GatewaySendPriority.Heartbeat, GatewayLimits.SendsReservedForHeartbeats);
        var waiting = limiter.WaitAsync(GatewaySendPriority.Heartbeat, TestContext.Current.CancellationToken).AsTask();

        waiting.IsCompleted.ShouldBeFalse();
        _time.Advance(GatewayLimits.SendWindow);
        await waiting.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task NoMoreThan120SendsFitInAnySixtySeconds()
    {
        var limiter = new GatewaySendLimiter(_time);
        var sentAt = new List<DateTimeOffset>();
        var sender = Task.Run(async () =>
        {
            for (var i = 0; i < 300; i++)
            {
                var priority = i % 10 == 0 ? GatewaySendPriority.Heartbeat : GatewaySendPriority.Normal;
                await limiter.WaitAsync(priority, TestContext.Current.CancellationToken);
                lock (sentAt)
                {
                    sentAt.Add(_time.GetUtcNow());
                }
            }
        }, TestContext.Current.CancellationToken);

        for (var step = 0; step < 400 && !sender.IsCompleted; step++)
        {
            await Task.Delay(1, TestContext.Current.CancellationToken);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        await sender.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        lock (sentAt)
        {
            sentAt.Count.ShouldBe(300);
            foreach (var start in sentAt)
            {
                sentAt.Count(at => at >= start && at < start + GatewayLimits.SendWindow).ShouldBeLessThanOrEqualTo(GatewayLimits.SendsPerWindow);
            }
        }
    }

    private static async Task SendAsync(GatewaySendLimiter limiter, GatewaySendPriority priority, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var send = limiter.WaitAsync(priority, TestContext.Current.CancellationToken);
            send.IsCompleted.ShouldBeTrue();
            await send;
        }
    }
}
