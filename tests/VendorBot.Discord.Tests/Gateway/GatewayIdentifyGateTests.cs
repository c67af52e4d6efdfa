using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Gateway;

namespace VendorBot.Discord.Tests.Gateway;

public sealed class GatewayIdentifyGateTests
{
    private static readonly SessionStartLimit Plenty = new() { Remaining = 999, MaxConcurrency = 1 };

    private readonly FakeTimeProvider _time = new();
    private readonly GatewayIdentifyGate _gate;

    public GatewayIdentifyGateTests() =>
        _gate = new GatewayIdentifyGate(_time, Options.Create(new DiscordGatewayOptions()), new InProcessIdentifySlots(_time));

    [Fact]
    public async Task IdentifiesOfOneBucketAreFiveSecondsApart()
    {
        await Wait(0, Plenty).WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        var second = Wait(0, Plenty);
        _time.Advance(TimeSpan.FromSeconds(5) - TimeSpan.FromMilliseconds(1));
        second.IsCompleted.ShouldBeFalse();

        _time.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ShardsInDifferentConcurrencyBucketsIdentifyTogether()
    {
        var limit = new SessionStartLimit { Remaining = 999, MaxConcurrency = 2 };

        await Task.WhenAll(Wait(0, limit), Wait(1, limit)).WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Wait(2, limit).IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task NoIdentifyWhileTheDailySessionStartsAreUsedUp()
    {
        var exhausted = new SessionStartLimit { Remaining = 0, ResetAfter = 60_000, MaxConcurrency = 1 };

        var waiting = Wait(0, exhausted);
        _time.Advance(TimeSpan.FromSeconds(59));
        waiting.IsCompleted.ShouldBeFalse();

        _time.Advance(TimeSpan.FromSeconds(1));
        await waiting.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
    }

    private Task Wait(int shardId, SessionStartLimit limit) =>
        _gate.WaitAsync(shardId, limit, NullLogger.Instance, TestContext.Current.CancellationToken);
}
