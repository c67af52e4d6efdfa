using Microsoft.Extensions.Time.Testing;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Tests.Rest;

public sealed class GlobalRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task FiftyRequestsPassInOneSecondAndTheFiftyFirstWaitsForTheWindow()
    {
        var limiter = new GlobalRateLimiter(_time, DiscordRestConstants.GlobalRequestsPerSecond, DiscordRestConstants.GlobalWindow);
        var deadline = _time.GetUtcNow().AddMinutes(1);
        for (var i = 0; i < 50; i++)
        {
            await limiter.AcquireAsync("GET /users/@me", deadline, Some.Ct).WaitAsync(TimeSpan.FromSeconds(5), Some.Ct);
        }

        var fiftyFirst = limiter.AcquireAsync("GET /users/@me", deadline, Some.Ct);
        _time.Advance(TimeSpan.FromMilliseconds(999));
        fiftyFirst.IsCompleted.ShouldBeFalse();

        _time.Advance(TimeSpan.FromMilliseconds(1));
        await fiftyFirst.WaitAsync(TimeSpan.FromSeconds(5), Some.Ct);
    }

    [Fact]
    public void AGlobalPauseStopsEveryRequestUntilItEnds()
    {
        var limiter = new GlobalRateLimiter(_time, 50, TimeSpan.FromSeconds(1));
        limiter.Pause(_time.GetUtcNow() + TimeSpan.FromSeconds(2));

        limiter.TryTake(_time.GetUtcNow()).ShouldBe(TimeSpan.FromSeconds(2) + DiscordRestConstants.ResetMargin);
        _time.Advance(TimeSpan.FromSeconds(2) + DiscordRestConstants.ResetMargin);
        limiter.TryTake(_time.GetUtcNow()).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public async Task AWaitPastTheDeadlineFailsAtOnceWithATypedException()
    {
        var limiter = new GlobalRateLimiter(_time, 1, TimeSpan.FromSeconds(1));
        await limiter.AcquireAsync("GET /users/@me", _time.GetUtcNow().AddSeconds(5), Some.Ct);

        var error = await Should.ThrowAsync<DiscordRestException>(
            limiter.AcquireAsync("GET /users/@me", _time.GetUtcNow().AddMilliseconds(500), Some.Ct).WaitAsync(TimeSpan.FromSeconds(5), Some.Ct));

        error.Failure.ShouldBe(DiscordRestFailure.RateLimited);
    }
}
