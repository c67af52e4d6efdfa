using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using VendorBot.Discord.Fakes.Rest;

namespace VendorBot.Discord.Tests.Rest;

public sealed class RateLimitLoopbackTests
{
    private const string Messages = "channels/*/messages";

    [Fact]
    public async Task NoRequestIsSentIntoAnExhaustedBucket()
    {
        await using var harness = await RestHarness.StartAsync();
        var bucket = harness.Server.Rest.ConfigureBucket("POST", Messages, "messages-bucket", limit: 2, resetAfter: TimeSpan.FromMilliseconds(60));

        var sends = Enumerable.Range(0, 8).Select(i => harness.Client.CreateMessageAsync(Some.Channel, Some.Message($"m{i}"), Some.Ct));
        var sent = await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(10), Some.Ct);

        bucket.Violations.ShouldBe(0);
        var requests = harness.Server.Rest.RequestsTo("POST", Messages);
        requests.ShouldAllBe(request => request.Status == 200);
        requests.Count.ShouldBe(8);
        sent.Select(message => message.Content).Order().ShouldBe(Enumerable.Range(0, 8).Select(i => $"m{i}").Order());

        // Replay the recording against the bucket's fixed windows: never more than two requests in one window.
        var windowStart = requests[0].ReceivedAt;
        var inWindow = 0;
        foreach (var request in requests)
        {
            if (request.ReceivedAt >= windowStart + TimeSpan.FromMilliseconds(60))
            {
                windowStart = request.ReceivedAt;
                inWindow = 0;
            }

            inWindow++;
            inWindow.ShouldBeLessThanOrEqualTo(2);
        }
    }

    [Theory]
    [InlineData("user")]
    [InlineData("shared")]
    public async Task A429StormIsRetriedAfterRetryAfterAndNoRequestIsLost(string scope)
    {
        await using var harness = await RestHarness.StartAsync();
        using var rateLimited = new MetricCollector<long>(harness.Meters, "VendorBot.Discord", "vendorbot.discord.rest.rate_limited");
        var retryAfter = TimeSpan.FromMilliseconds(40);
        harness.Server.Rest.Script("POST", Messages,
            FakeRestReply.TooManyRequests(retryAfter, scope),
            FakeRestReply.TooManyRequests(retryAfter, scope),
            FakeRestReply.TooManyRequests(retryAfter, scope));

        var sends = Enumerable.Range(0, 5).Select(i => harness.Client.CreateMessageAsync(Some.Channel, Some.Message($"m{i}"), Some.Ct));
        await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(10), Some.Ct);

        var requests = harness.Server.Rest.RequestsTo("POST", Messages);
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
        await using var harness = await RestHarness.StartAsync();
        var window = TimeSpan.FromMilliseconds(300);
        var bucket = harness.Server.Rest.ConfigureBucket("POST", Messages, "shared-id", limit: 1, resetAfter: window);
        await harness.Client.CreateMessageAsync(Some.Channel, Some.Message("a1"), Some.Ct);

        var secondOnFirstChannel = harness.Client.CreateMessageAsync(Some.Channel, Some.Message("a2"), Some.Ct);
        await harness.Client.CreateMessageAsync(Some.OtherChannel, Some.Message("b1"), Some.Ct).WaitAsync(TimeSpan.FromSeconds(10), Some.Ct);
        await secondOnFirstChannel.WaitAsync(TimeSpan.FromSeconds(10), Some.Ct);

        bucket.Violations.ShouldBe(0);
        var requests = harness.Server.Rest.RequestsTo("POST", Messages);

        // The other channel went out while the first channel's second request was still waiting for its window.
        requests.Select(request => request.Path).ShouldBe(["channels/600/messages", "channels/601/messages", "channels/600/messages"]);
        (requests[2].ReceivedAt - requests[0].ReceivedAt).ShouldBeGreaterThanOrEqualTo(window);
    }

    [Fact]
    public async Task AGlobal429PausesEveryRoute()
    {
        await using var harness = await RestHarness.StartAsync();
        var retryAfter = TimeSpan.FromMilliseconds(150);
        harness.Server.Rest.Script("POST", "channels/600/messages", FakeRestReply.TooManyRequests(retryAfter, "global"));

        var first = harness.Client.CreateMessageAsync(Some.Channel, Some.Message("first"), Some.Ct);
        await harness.WaitForLogAsync(2002);
        await harness.Client.GetCurrentUserAsync(Some.Ct).WaitAsync(TimeSpan.FromSeconds(10), Some.Ct);
        await first.WaitAsync(TimeSpan.FromSeconds(10), Some.Ct);

        var requests = harness.Server.Rest.Requests;
        var limited = requests.Single(request => request.Status == 429);
        requests.Where(request => request != limited).ShouldAllBe(request => request.ReceivedAt - limited.ReceivedAt >= retryAfter);
        requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task AnExemptWebhookRouteStillWaitsOutItsOwn429()
    {
        await using var harness = await RestHarness.StartAsync();
        var retryAfter = TimeSpan.FromMilliseconds(60);
        await harness.Client.CreateInteractionResponseAsync(new(1), "tok", VendorBot.Discord.Interactions.InteractionResponse.Deferred(), Some.Ct);
        harness.Server.Rest.Script("POST", "webhooks/*/*", FakeRestReply.TooManyRequests(retryAfter, "global"));

        await harness.Client.CreateFollowupMessageAsync(Some.Application, "tok", Some.Message(), Some.Ct);

        var followups = harness.Server.Rest.RequestsTo("POST", "webhooks/*/*");
        followups.Select(request => request.Status).ShouldBe([429, 200]);
        (followups[1].ReceivedAt - followups[0].ReceivedAt).ShouldBeGreaterThanOrEqualTo(retryAfter);
    }

    [Fact]
    public async Task RequestsBeyondTheGlobalLimitFailTypedWithinTheBoundWhileInteractionRoutesAreExempt()
    {
        await using var harness = await RestHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Discord:Rest:GlobalRequestsPerSecond"] = "1",
            ["Discord:Rest:MaxWait"] = "00:00:00.200",
        });
        await harness.Client.GetCurrentUserAsync(Some.Ct);

        for (var i = 0; i < 3; i++)
        {
            await harness.Client.CreateInteractionResponseAsync(new((ulong)(10 + i)), $"tok{i}", VendorBot.Discord.Interactions.InteractionResponse.Deferred(), Some.Ct);
        }

        var error = await Should.ThrowAsync<VendorBot.Discord.Rest.DiscordRestException>(() => harness.Client.GetCurrentApplicationAsync(Some.Ct));

        error.Failure.ShouldBe(VendorBot.Discord.Rest.DiscordRestFailure.RateLimited);
        harness.Server.Rest.Requests.Count.ShouldBe(4);
        harness.Server.Rest.Requests.ShouldNotContain(request => request.Path == "applications/@me");
    }
}
