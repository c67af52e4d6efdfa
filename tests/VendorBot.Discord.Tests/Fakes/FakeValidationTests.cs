using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using VendorBot.Discord.Fakes;
using VendorBot.Discord.Fakes.Payloads;
using VendorBot.Discord.Fakes.Rest;
using VendorBot.Discord.Fakes.Validation;

namespace VendorBot.Discord.Tests.Fakes;

/// <summary>The fake Discord refuses and records what the real one would, and fails on dispose while any violation remains.</summary>
public sealed class FakeValidationTests : IAsyncLifetime
{
    private const string Agent = "DiscordBot (https://example.test, 1.0)";
    private FakeDiscordServer _server = null!;
    private HttpClient _http = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await FakeDiscordServer.StartAsync(TestContext.Current.CancellationToken);
        _http = new HttpClient { BaseAddress = _server.RestBaseUrl };
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task AConformingMessageIsAcceptedWithoutViolations()
    {
        var response = await SendAsync(HttpMethod.Post, "channels/600/messages", """{"content":"hi","allowed_mentions":{"parse":[]}}""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        _server.Rest.Violations.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"content":""}""", "empty-message")]
    [InlineData("""{"content":"   ","embeds":[]}""", "empty-message")]
    [InlineData("""{"content":7}""", "schema")]
    [InlineData("""{"content":"x","allowed_mentions":{"parse":["users"],"users":["1"]}}""", "allowed-mentions")]
    [InlineData("""{"content":"x","components":[{"type":1,"components":[{"type":2,"style":2,"label":"a","custom_id":"same"},{"type":2,"style":2,"label":"b","custom_id":"same"}]}]}""", "custom-id")]
    public async Task AMessageDiscordRefusesIsAnsweredInvalidFormBodyAndRecorded(string body, string rule)
    {
        var response = await SendAsync(HttpMethod.Post, "channels/600/messages", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        error["code"]!.GetValue<int>().ShouldBe(50035);
        error["errors"].ShouldNotBeNull();
        _server.Rest.TakeViolations().ShouldContain(violation => violation.Rule == rule);
    }

    [Fact]
    public async Task ACustomIdLongerThanAHundredCharactersIsRefused()
    {
        var id = new string('x', 101);
        await SendAsync(HttpMethod.Post, "channels/600/messages",
            $$"""{"content":"x","components":[{"type":1,"components":[{"type":2,"style":2,"label":"a","custom_id":"{{id}}"}]}]}""");

        _server.Rest.TakeViolations().ShouldContain(violation => violation.Rule == "custom-id" || violation.Rule == "schema");
    }

    [Fact]
    public async Task EmbedsSharingAUrlAreAcceptedButRecorded()
    {
        var response = await SendAsync(HttpMethod.Post, "channels/600/messages",
            """{"content":"x","embeds":[{"title":"a","url":"https://example.test/a"},{"title":"b","url":"https://example.test/a"}]}""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        _server.Rest.TakeViolations().ShouldHaveSingleItem().Rule.ShouldBe("embed-urls");
    }

    [Fact]
    public async Task MissingUserAgentTokenAndContentTypeAreRecorded()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "channels/600/messages")
        {
            Content = new StringContent("""{"content":"x"}""", Encoding.UTF8, "text/plain"),
        };
        await _http.SendAsync(request, TestContext.Current.CancellationToken);

        _server.Rest.TakeViolations().Select(violation => violation.Rule).Order().ShouldBe(["authorization", "content-type", "user-agent"]);
    }

    [Fact]
    public async Task InteractionCallbacksNeedNoToken()
    {
        await SendAsync(HttpMethod.Post, "interactions/1/tok/callback", """{"type":5}""", token: false);

        _server.Rest.Violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task ARouteTheSpecDoesNotHaveIsNotFound()
    {
        var response = await SendAsync(HttpMethod.Post, "channels/600/messagez", """{"content":"x"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        _server.Rest.TakeViolations().ShouldHaveSingleItem().Rule.ShouldBe("route");
    }

    [Theory]
    [InlineData("autocomplete", 4)]
    [InlineData("autocomplete", 5)]
    [InlineData("command", 8)]
    [InlineData("command", 6)]
    [InlineData("button", 8)]
    public async Task ACallbackTypeTheInteractionTypeDoesNotTakeIsRefused(string kind, int callback)
    {
        var id = "7" + callback;
        var json = kind switch
        {
            "autocomplete" => DiscordEvents.Autocomplete(id, "tok" + id, "ask", ("question", "q"), ("vendor", "hu")),
            "button" => DiscordEvents.Button(id, "tok" + id, "vbs:1"),
            _ => DiscordEvents.Command(id, "tok" + id, "help"),
        };
        _server.Rest.ObserveDispatch("INTERACTION_CREATE", json);
        var data = callback switch
        {
            4 => ""","data":{"content":"x"}""",
            8 => ""","data":{"choices":[]}""",
            _ => "",
        };

        var response = await SendAsync(HttpMethod.Post, $"interactions/{id}/tok{id}/callback", $$"""{"type":{{callback}}{{data}}}""", token: false);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        _server.Rest.TakeViolations().ShouldContain(violation => violation.Rule == "callback-type");
    }

    [Fact]
    public async Task AnAutocompleteAnsweredWithChoicesIsAccepted()
    {
        _server.Rest.ObserveDispatch("INTERACTION_CREATE", DiscordEvents.Autocomplete("81", "tok81", "ask", ("question", "q"), ("vendor", "hu")));

        var response = await SendAsync(HttpMethod.Post, "interactions/81/tok81/callback", """{"type":8,"data":{"choices":[{"name":"Huawei","value":"Huawei"}]}}""", token: false);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        _server.Rest.Violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task DisposingAfterAViolationFailsWithIt()
    {
        var server = await FakeDiscordServer.StartAsync(TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = server.RestBaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, "users/@me");
        request.Headers.TryAddWithoutValidation("User-Agent", Agent);
        await http.SendAsync(request, TestContext.Current.CancellationToken);

        var failure = await Should.ThrowAsync<FakeDiscordViolationException>(async () => await server.DisposeAsync());

        failure.Violations.ShouldHaveSingleItem().Rule.ShouldBe("authorization");
        failure.Message.ShouldContain("GET users/@me");
    }

    [Fact]
    public async Task A429CarriesAFloatRetryAfterAndTheGlobalFlag()
    {
        _server.Rest.Script("POST", "channels/*/messages", FakeRestReply.TooManyRequests(TimeSpan.FromSeconds(2)));

        var response = await SendAsync(HttpMethod.Post, "channels/600/messages", """{"content":"x"}""");

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        body.ShouldContain("\"retry_after\": 2.0");
        body.ShouldContain("\"global\": false");
    }

    [Fact]
    public async Task ACloudflareBanIsHtmlWithoutRateLimitHeaders()
    {
        _server.Rest.Script("POST", "channels/*/messages", FakeRestReply.CloudflareBan(TimeSpan.FromSeconds(30)));

        var response = await SendAsync(HttpMethod.Post, "channels/600/messages", """{"content":"x"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(30));
        response.Headers.Contains("X-RateLimit-Bucket").ShouldBeFalse();
        response.Headers.Contains("X-RateLimit-Global").ShouldBeFalse();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string body, bool token = true)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("User-Agent", Agent);
        if (token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", "abc");
        }

        return await _http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
