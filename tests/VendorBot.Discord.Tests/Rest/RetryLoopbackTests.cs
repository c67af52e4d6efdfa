using System.Net;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Fakes.Rest;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Tests.Rest;

public sealed class RetryLoopbackTests
{
    [Fact]
    public async Task IdempotentCallsAreRetriedAfterServerErrorsWithGrowingBackoff()
    {
        await using var harness = await RestHarness.StartAsync();
        using var retries = new MetricCollector<long>(harness.Meters, "VendorBot.Discord", "vendorbot.discord.rest.retries");
        harness.Server.Rest.Script("PATCH", "channels/*/messages/*", FakeRestReply.ServerError(502), FakeRestReply.ServerError(503));

        var edited = await harness.Client.EditMessageAsync(Some.Channel, new Snowflake(77), Some.Message("edited"), Some.Ct);

        edited.Content.ShouldBe("edited");
        var requests = harness.Server.Rest.Requests;
        requests.Select(request => request.Status).ShouldBe([502, 503, 200]);
        retries.GetMeasurementSnapshot().Sum(measurement => measurement.Value).ShouldBe(2);

        // Base 10 ms, doubled per retry, jitter in [0.5, 1): at least 5 ms, then at least 10 ms.
        (requests[1].ReceivedAt - requests[0].ReceivedAt).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(5));
        (requests[2].ReceivedAt - requests[1].ReceivedAt).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(10));
    }

    [Fact]
    public async Task NonIdempotentCallsAreNotRetriedAfterAServerError()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Server.Rest.Script("POST", "channels/*/messages", FakeRestReply.ServerError(500));

        var error = await Should.ThrowAsync<DiscordRestException>(() => harness.Client.CreateMessageAsync(Some.Channel, Some.Message(), Some.Ct));

        error.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        harness.Server.Rest.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ServerErrorRetriesAreBounded()
    {
        await using var harness = await RestHarness.StartAsync(new Dictionary<string, string?> { ["Discord:Rest:MaxServerErrorRetries"] = "2" });
        harness.Server.Rest.Script("GET", "users/@me", Enumerable.Repeat(FakeRestReply.ServerError(503), 10).ToArray());

        var error = await Should.ThrowAsync<DiscordRestException>(() => harness.Client.GetCurrentUserAsync(Some.Ct));

        error.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        harness.Server.Rest.Requests.Count.ShouldBe(3);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task UnauthorizedAndForbiddenAreNeverRetried(int status)
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Server.Rest.Script("GET", "users/@me", FakeRestReply.DiscordError(status, 0, $"{status}: denied"));

        var error = await Should.ThrowAsync<DiscordRestException>(() => harness.Client.GetCurrentUserAsync(Some.Ct));

        ((int?)error.StatusCode).ShouldBe(status);
        harness.Server.Rest.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ASlowAnswerTimesOutWithATypedExceptionAndIsNotRepeatedForAPost()
    {
        await using var harness = await RestHarness.StartAsync(new Dictionary<string, string?> { ["Discord:Rest:AttemptTimeout"] = "00:00:00.500" });
        harness.Server.Rest.Script("POST", "channels/*/messages", FakeRestReply.Slow(TimeSpan.FromSeconds(3)));

        var error = await Should.ThrowAsync<DiscordRestException>(() => harness.Client.CreateMessageAsync(Some.Channel, Some.Message(), Some.Ct));

        error.Failure.ShouldBe(DiscordRestFailure.Timeout);
        error.Message.ShouldContain("POST /channels/{channel_id}/messages");
    }

    [Fact]
    public async Task ASlowAnswerToAnIdempotentCallIsRetried()
    {
        await using var harness = await RestHarness.StartAsync(new Dictionary<string, string?> { ["Discord:Rest:AttemptTimeout"] = "00:00:00.500" });
        harness.Server.Rest.Script("GET", "users/@me", FakeRestReply.Slow(TimeSpan.FromSeconds(3)));

        var user = await harness.Client.GetCurrentUserAsync(Some.Ct);

        user.Bot.ShouldBeTrue();
        await harness.WaitForRequestsAsync(2);
        harness.Server.Rest.Requests.Select(request => request.Status).Order().ShouldBe([200, FakeRestApi.ClientClosedRequest]);
    }
}
