using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Tests.Rest;

/// <summary>Discord's invalid-request limit (10,000 401/403/429 per 10 minutes), a 401 to the bot token, and Cloudflare bans.</summary>
public sealed class InvalidRequestTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void RequestsArePacedLongBeforeDiscordsLimitAndStopShortOfIt()
    {
        var limiter = new InvalidRequestLimiter(_time);
        for (var i = 0; i < DiscordRestConstants.InvalidRequestSlowDownAt - 1; i++)
        {
            limiter.Record(403, null);
        }

        limiter.TryTake(_time.GetUtcNow()).ShouldBe(TimeSpan.Zero);
        limiter.TryTake(_time.GetUtcNow()).ShouldBe(TimeSpan.Zero);

        limiter.Record(429, "user");
        limiter.TryTake(_time.GetUtcNow()).ShouldBe(TimeSpan.Zero);
        var spacing = limiter.TryTake(_time.GetUtcNow());
        spacing.ShouldBeGreaterThan(TimeSpan.Zero);
        spacing.ShouldBeLessThan(TimeSpan.FromSeconds(1));

        while (limiter.Count < DiscordRestConstants.InvalidRequestStopAt)
        {
            limiter.Record(401, null);
        }

        limiter.TryTake(_time.GetUtcNow()).ShouldBe(DiscordRestConstants.InvalidRequestWindow, "stopped until the oldest invalid response leaves the window");
        _time.Advance(DiscordRestConstants.InvalidRequestWindow);
        limiter.Count.ShouldBe(0);
        limiter.TryTake(_time.GetUtcNow()).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void SharedScope429sAndOtherErrorsAreNotCounted()
    {
        var limiter = new InvalidRequestLimiter(_time);

        limiter.Record(429, "shared").ShouldBeNull();
        limiter.Record(404, null).ShouldBeNull();
        limiter.Record(500, null).ShouldBeNull();
        limiter.Record(403, null).ShouldBe(1);
        limiter.Count.ShouldBe(1);
    }

    [Fact]
    public async Task After401EveryCallThatNeedsTheTokenFailsUnsentAndOneLineSaysWhy()
    {
        await using var harness = SimulatedRestHarness.Start();
        harness.Discord.Script("GET", "users/@me", SimulatedReply.Error(401, 0, "401: Unauthorized"));
        var status = harness.Services.GetRequiredService<DiscordTokenStatus>();

        var first = await Should.ThrowAsync<DiscordRestException>(harness.Client.GetCurrentUserAsync(Some.Ct));
        var second = await Should.ThrowAsync<DiscordRestException>(harness.Client.GetCurrentApplicationAsync(Some.Ct));
        var third = await Should.ThrowAsync<DiscordRestException>(harness.Client.CreateMessageAsync(Some.Channel, Some.Message(), Some.Ct));

        first.Failure.ShouldBe(DiscordRestFailure.TokenRejected);
        second.Failure.ShouldBe(DiscordRestFailure.TokenRejected);
        third.Failure.ShouldBe(DiscordRestFailure.TokenRejected);
        harness.Discord.Requests.Count.ShouldBe(1);
        status.IsRejected.ShouldBeTrue();
        status.Rejected.IsCancellationRequested.ShouldBeTrue();
        var line = harness.Logs.GetSnapshot().Where(record => record.Level >= Microsoft.Extensions.Logging.LogLevel.Error).ShouldHaveSingleItem();
        line.Message.ShouldContain("Check Discord:Token");
        line.Message.ShouldNotContain(RestHarness.Token);
    }

    [Fact]
    public async Task ACloudflare429PausesAllRestForItsRetryAfterAndIsLoggedAsABan()
    {
        await using var harness = SimulatedRestHarness.Start();
        var retryAfter = TimeSpan.FromSeconds(3);
        harness.Discord.Script("POST", "channels/600/messages", SimulatedReply.CloudflareBan(retryAfter));

        var first = harness.Client.CreateMessageAsync(Some.Channel, Some.Message("first"), Some.Ct);
        await RateLimitTests.WaitForLogAsync(harness, 2008);
        var user = harness.Client.GetCurrentUserAsync(Some.Ct);
        var callback = harness.Client.CreateInteractionResponseAsync(new(10), "tok", VendorBot.Discord.Interactions.InteractionResponse.Deferred(), Some.Ct);
        await harness.Discord.DriveAsync(Task.WhenAll(first, user, callback), TimeSpan.FromMilliseconds(50));

        var requests = harness.Discord.Requests;
        var banned = requests.Single(request => request.Status == 429);
        requests.Where(request => request != banned).ShouldAllBe(request => request.ReceivedAt - banned.ReceivedAt >= retryAfter);
        requests.Count.ShouldBe(4);
        harness.Logs.GetSnapshot().Single(record => record.Id.Id == 2008).Message.ShouldContain("Cloudflare");
    }

    [Fact]
    public async Task ACloudflare429WithoutRetryAfterFailsFastAndHoldsBackLaterCallsUntilThePauseEnds()
    {
        await using var harness = SimulatedRestHarness.Start();
        harness.Discord.Script("GET", "users/@me", SimulatedReply.CloudflareBan(null));

        var first = await Should.ThrowAsync<DiscordRestException>(harness.Client.GetCurrentUserAsync(Some.Ct));
        var second = await Should.ThrowAsync<DiscordRestException>(harness.Client.GetCurrentApplicationAsync(Some.Ct));

        first.Failure.ShouldBe(DiscordRestFailure.RateLimited);
        second.Failure.ShouldBe(DiscordRestFailure.RateLimited);
        harness.Discord.Requests.Count.ShouldBe(1);
        harness.Time.Advance(DiscordRestConstants.CloudflareBanPause);
        await harness.Client.GetCurrentApplicationAsync(Some.Ct).WaitAsync(TimeSpan.FromSeconds(5), Some.Ct);
        harness.Discord.Requests.Count.ShouldBe(2);
    }
}
