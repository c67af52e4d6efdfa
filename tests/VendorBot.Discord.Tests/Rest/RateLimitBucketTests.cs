using Microsoft.Extensions.Time.Testing;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Tests.Rest;

public sealed class RateLimitBucketTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AnExhaustedBucketWaitsUntilItsReset()
    {
        var bucket = new RateLimitBucket();
        bucket.Update(Headers(remaining: 0, resetAfterSeconds: 2.5), _time.GetUtcNow());

        bucket.WaitTime(_time.GetUtcNow()).ShouldBe(TimeSpan.FromSeconds(2.5) + DiscordRestConstants.ResetMargin);
        _time.Advance(TimeSpan.FromSeconds(2.5) + DiscordRestConstants.ResetMargin);
        bucket.WaitTime(_time.GetUtcNow()).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void ABucketWithRequestsLeftDoesNotWait()
    {
        var bucket = new RateLimitBucket();
        bucket.Update(Headers(remaining: 1, resetAfterSeconds: 5), _time.GetUtcNow());

        bucket.WaitTime(_time.GetUtcNow()).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void ATooManyRequestsAnswerExhaustsTheBucketForRetryAfter()
    {
        var bucket = new RateLimitBucket();
        bucket.Update(Headers(remaining: 3, resetAfterSeconds: 1), _time.GetUtcNow());

        bucket.Exhaust(_time.GetUtcNow() + TimeSpan.FromSeconds(4));

        bucket.WaitTime(_time.GetUtcNow()).ShouldBe(TimeSpan.FromSeconds(4) + DiscordRestConstants.ResetMargin);
    }

    [Fact]
    public void ResponsesWithoutRateLimitHeadersChangeNothing()
    {
        var bucket = new RateLimitBucket();
        bucket.Update(Headers(remaining: 0, resetAfterSeconds: 1), _time.GetUtcNow());

        bucket.Update(default, _time.GetUtcNow());

        bucket.WaitTime(_time.GetUtcNow()).ShouldBeGreaterThan(TimeSpan.Zero);
    }

    private static RateLimitHeaders Headers(int remaining, double resetAfterSeconds) =>
        new(5, remaining, TimeSpan.FromSeconds(resetAfterSeconds), "bucket", null, false, null);
}
