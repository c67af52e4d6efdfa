using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Tests.Rest;

/// <summary>Rate limits on fake time over the in-memory <see cref="SimulatedDiscord"/>: nothing here depends on how fast the machine is.</summary>
public sealed class RateLimitTests
{
    private const string Messages = "channels/*/messages";

    [Fact]
    public async Task NoRequestIsSentIntoAnExhaustedBucket()
    {
        await using var harness = SimulatedRestHarness.Start();
        var window = TimeSpan.FromMilliseconds(60);
        var bucket = harness.Discord.ConfigureBucket("POST", Messages, "messages-bucket", limit: 2, resetAfter: window);

        var sends = Enumerable.Range(0, 8).Select(i => harness.Client.CreateMessageAsync(Some.Channel, Some.Message($"m{i}"), Some.Ct)).ToList();
        await harness.Discord.DriveAsync(Task.WhenAll(sends));

        bucket.Violations.ShouldBe(0);
        var requests = harness.Discord.RequestsTo("POST", Messages);
        requests.ShouldAllBe(request => request.Status == 200);
        requests.Count.ShouldBe(8);
        sends.Select(send => send.Result.Content).Order().ShouldBe(Enumerable.Range(0, 8).Select(i => $"m{i}").Order());
        AtMostPerWindow(requests, 2, window);
    }

    [Fact]
    public async Task RequestsQueuedBeforeTheBucketIdIsLearnedShareOneBucketWithRequestsThatCameAfter()
    {
        await using var harness = SimulatedRestHarness.Start();
        var window = TimeSpan.FromSeconds(1);
        var bucket = harness.Discord.ConfigureBucket("POST", Messages, "messages-bucket", limit: 2, resetAfter: window);
        var firstAnswer = harness.Discord.Hold("POST", Messages);
        var secondAnswer = harness.Discord.Hold("POST", Messages);

        // The first request learns the bucket id; the second waits on the route's provisional bucket meanwhile.
        var first = harness.Client.CreateMessageAsync(Some.Channel, Some.Message("first"), Some.Ct);
        var queued = harness.Client.CreateMessageAsync(Some.Channel, Some.Message("queued"), Some.Ct);
        firstAnswer.SetResult();
        await first.WaitAsync(TimeSpan.FromSeconds(5), Some.Ct);

        // A request made after the bucket id is known: it and the queued one share the one request left in the window,
        // so while the second request is in flight the third must wait for its answer.
        var later = harness.Client.CreateMessageAsync(Some.Channel, Some.Message("later"), Some.Ct);
        for (var i = 0; i < 50 && harness.Discord.Arrived < 3; i++)
        {
            await Task.Delay(5, Some.Ct);
        }

        harness.Discord.Arrived.ShouldBe(2, "one bucket, one request in flight at a time");
        secondAnswer.SetResult();
        await harness.Discord.DriveAsync(Task.WhenAll(queued, later));
        bucket.Violations.ShouldBe(0);
        AtMostPerWindow(harness.Discord.RequestsTo("POST", Messages), 2, window);
    }

    [Theory]
    [InlineData("user")]
    [InlineData("shared")]
    public async Task A429StormIsRetriedAfterRetryAfterAndNoRequestIsLost(string scope)
    {
        await using var harness = SimulatedRestHarness.Start();
        using var rateLimited = new MetricCollector<long>(harness.Meters, "VendorBot.Discord", "vendorbot.discord.rest.rate_limited");
        var retryAfter = TimeSpan.FromMilliseconds(40);
        harness.Discord.Script("POST", Messages,
            SimulatedReply.TooManyRequests(retryAfter, scope),
            SimulatedReply.TooManyRequests(retryAfter, scope),
            SimulatedReply.TooManyRequests(retryAfter, scope));

        var sends = Enumerable.Range(0, 5).Select(i => harness.Client.CreateMessageAsync(Some.Channel, Some.Message($"m{i}"), Some.Ct));
        await harness.Discord.DriveAsync(Task.WhenAll(sends));

        var requests = harness.Discord.RequestsTo("POST", Messages);
        requests.Count(request => request.Status == 429).ShouldBe(3);
        rateLimited.GetMeasurementSnapshot().ShouldAllBe(measurement => (string?)measurement.Tags["scope"] == scope);
        rateLimited.GetMeasurementSnapshot().Sum(measurement => measurement.Value).ShouldBe(3);
        requests.Where(request => request.Status == 200).Select(request => request.Body).Distinct().Count().ShouldBe(5);
        for (var i = 1; i < requests.Count; i++)
        {
            if (requests[i - 1].Status == 429)
            {
                (requests[i].ReceivedAt - requests[i - 1].ReceivedAt).ShouldBeGreaterThanOrEqualTo(retryAfter);
            }
        }
    }

    [Fact]
    public async Task MajorParametersSeparateBuckets()
    {
        await using var harness = SimulatedRestHarness.Start();
        var window = TimeSpan.FromMilliseconds(300);
        var bucket = harness.Discord.ConfigureBucket("POST", Messages, "shared-id", limit: 1, resetAfter: window);
        await harness.Client.CreateMessageAsync(Some.Channel, Some.Message("a1"), Some.Ct).WaitAsync(TimeSpan.FromSeconds(5), Some.Ct);

        var secondOnFirstChannel = harness.Client.CreateMessageAsync(Some.Channel, Some.Message("a2"), Some.Ct);
        await harness.Client.CreateMessageAsync(Some.OtherChannel, Some.Message("b1"), Some.Ct).WaitAsync(TimeSpan.FromSeconds(5), Some.Ct);
        await harness.Discord.DriveAsync(secondOnFirstChannel);

        bucket.Violations.ShouldBe(0);
        var requests = harness.Discord.RequestsTo("POST", Messages);

        // The other channel went out while the first channel's second request was still waiting for its window.
        requests.Select(request => request.Path).ShouldBe(["channels/600/messages", "channels/601/messages", "channels/600/messages"]);
        (requests[2].ReceivedAt - requests[0].ReceivedAt).ShouldBeGreaterThanOrEqualTo(window);
    }

    [Fact]
    public async Task AGlobal429PausesEveryRoute()
    {
        await using var harness = SimulatedRestHarness.Start();
        var retryAfter = TimeSpan.FromMilliseconds(150);
        harness.Discord.Script("POST", "channels/600/messages", SimulatedReply.TooManyRequests(retryAfter, "global"));

        var first = harness.Client.CreateMessageAsync(Some.Channel, Some.Message("first"), Some.Ct);
        await WaitForLogAsync(harness, 2002);
        await harness.Discord.DriveAsync(Task.WhenAll(harness.Client.GetCurrentUserAsync(Some.Ct), first));

        var requests = harness.Discord.Requests;
        var limited = requests.Single(request => request.Status == 429);
        requests.Where(request => request != limited).ShouldAllBe(request => request.ReceivedAt - limited.ReceivedAt >= retryAfter);
        requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task AnExemptWebhookRouteStillWaitsOutItsOwn429()
    {
        await using var harness = SimulatedRestHarness.Start();
        var retryAfter = TimeSpan.FromMilliseconds(60);
        harness.Discord.Script("POST", "webhooks/*/*", SimulatedReply.TooManyRequests(retryAfter, "global"));

        await harness.Discord.DriveAsync(harness.Client.CreateFollowupMessageAsync(Some.Application, "tok", Some.Message(), Some.Ct));

        var followups = harness.Discord.RequestsTo("POST", "webhooks/*/*");
        followups.Select(request => request.Status).ShouldBe([429, 200]);
        (followups[1].ReceivedAt - followups[0].ReceivedAt).ShouldBeGreaterThanOrEqualTo(retryAfter);
    }

    [Fact]
    public async Task RequestsBeyondTheGlobalLimitFailTypedWithinTheBoundWhileInteractionRoutesAreExempt()
    {
        await using var harness = SimulatedRestHarness.Start(new Dictionary<string, string?>
        {
            ["Discord:Rest:GlobalRequestsPerSecond"] = "1",
            ["Discord:Rest:MaxWait"] = "00:00:00.200",
        });
        await harness.Client.GetCurrentUserAsync(Some.Ct);

        for (var i = 0; i < 3; i++)
        {
            await harness.Client.CreateInteractionResponseAsync(new((ulong)(10 + i)), $"tok{i}", InteractionResponse.Deferred(), Some.Ct);
        }

        var error = await Should.ThrowAsync<DiscordRestException>(() => harness.Client.GetCurrentApplicationAsync(Some.Ct));

        error.Failure.ShouldBe(DiscordRestFailure.RateLimited);
        harness.Discord.Requests.Count.ShouldBe(4);
        harness.Discord.Requests.ShouldNotContain(request => request.Path == "applications/@me");
    }

    internal static async Task WaitForLogAsync(SimulatedRestHarness harness, int eventId)
    {
        for (var i = 0; i < 500 && !harness.Logs.GetSnapshot().Any(record => record.Id.Id == eventId); i++)
        {
            await Task.Delay(10, Some.Ct);
        }

        harness.Logs.GetSnapshot().ShouldContain(record => record.Id.Id == eventId);
    }

    // Replays the recording against the bucket's fixed windows.
    private static void AtMostPerWindow(IReadOnlyList<SimulatedRequest> requests, int limit, TimeSpan window)
    {
        var windowStart = requests[0].ReceivedAt;
        var inWindow = 0;
        foreach (var request in requests)
        {
            if (request.ReceivedAt >= windowStart + window)
            {
                windowStart = request.ReceivedAt;
                inWindow = 0;
            }

            inWindow++;
            inWindow.ShouldBeLessThanOrEqualTo(limit);
        }
    }
}
