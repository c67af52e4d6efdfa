using System.Net;
using System.Text.Json;
using VendorBot.Discord.Commands;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;
using VendorBot.Discord.Tests.Rest;

namespace VendorBot.Discord.Tests.Interactions;

public sealed class InteractionFlowTests
{
    private const string Token = "interaction-token-abc";
    private static readonly Snowflake InteractionId = new(3001);

    [Fact]
    public async Task DeferThenEditOriginalThenFollowUpWorksWithoutTheBotToken()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.CreateInteractionResponseAsync(InteractionId, Token, InteractionResponse.Deferred(), Some.Ct);
        var original = await harness.Client.EditOriginalResponseAsync(Some.Application, Token, Some.Message("The answer [1]"), Some.Ct);
        var followup = await harness.Client.CreateFollowupMessageAsync(Some.Application, Token, Some.Message("Sources") with { Flags = MessageFlags.Ephemeral }, Some.Ct);
        await harness.Client.DeleteOriginalResponseAsync(Some.Application, Token, Some.Ct);

        original.Content.ShouldBe("The answer [1]");
        followup.Content.ShouldBe("Sources");
        var requests = harness.Server.Rest.Requests;
        requests.Select(request => $"{request.Method} {request.Path} {request.Status}").ShouldBe([
            $"POST interactions/3001/{Token}/callback 204",
            $"PATCH webhooks/1000/{Token}/messages/@original 200",
            $"POST webhooks/1000/{Token} 200",
            $"DELETE webhooks/1000/{Token}/messages/@original 204",
        ]);
        requests.ShouldAllBe(request => request.Authorization == null);
        using var callback = JsonDocument.Parse(requests[0].Body);
        callback.RootElement.GetProperty("type").GetInt32().ShouldBe(5);
        using var followupBody = JsonDocument.Parse(requests[2].Body);
        followupBody.RootElement.GetProperty("flags").GetInt32().ShouldBe(64);
    }

    [Fact]
    public async Task AcknowledgingTwiceIsATypedAlreadyAcknowledgedError()
    {
        await using var harness = await RestHarness.StartAsync();
        await harness.Client.CreateInteractionResponseAsync(InteractionId, Token, InteractionResponse.Deferred(ephemeral: true), Some.Ct);

        var error = await Should.ThrowAsync<DiscordRestException>(() =>
            harness.Client.CreateInteractionResponseAsync(InteractionId, Token, InteractionResponse.Message(Some.Message()), Some.Ct));

        error.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        error.DiscordCode.ShouldBe(40060);
    }

    [Theory]
    [InlineData(1, """{"type":1}""")]
    [InlineData(6, """{"type":6}""")]
    public async Task BodilessCallbacksSendOnlyTheirType(int type, string expected)
    {
        await using var harness = await RestHarness.StartAsync();
        var response = type == 1 ? InteractionResponse.Pong() : InteractionResponse.DeferredUpdate();

        await harness.Client.CreateInteractionResponseAsync(InteractionId, Token, response, Some.Ct);

        harness.Server.Rest.Requests.Single().Body.ShouldBe(expected);
    }

    [Fact]
    public async Task UpdateAndAutocompleteCallbacksCarryTheirData()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.CreateInteractionResponseAsync(new Snowflake(1), "t1", InteractionResponse.Update(Some.Message("updated")), Some.Ct);
        await harness.Client.CreateInteractionResponseAsync(new Snowflake(2), "t2",
            InteractionResponse.Autocomplete([ApplicationCommandChoice.Of("Huawei", "huawei"), ApplicationCommandChoice.Of("Kaspersky", "kaspersky")]), Some.Ct);

        var requests = harness.Server.Rest.Requests;
        using var update = JsonDocument.Parse(requests[0].Body);
        update.RootElement.GetProperty("type").GetInt32().ShouldBe(7);
        update.RootElement.GetProperty("data").GetProperty("content").GetString().ShouldBe("updated");
        update.RootElement.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength().ShouldBe(0);
        using var autocomplete = JsonDocument.Parse(requests[1].Body);
        autocomplete.RootElement.GetProperty("type").GetInt32().ShouldBe(8);
        autocomplete.RootElement.GetProperty("data").GetProperty("choices")[1].GetProperty("value").GetString().ShouldBe("kaspersky");
    }

    [Fact]
    public async Task MoreThanTwentyFiveAutocompleteChoicesAreRejectedBeforeSending()
    {
        await using var harness = await RestHarness.StartAsync();
        var choices = Enumerable.Range(0, 26).Select(i => ApplicationCommandChoice.Of($"c{i}", $"v{i}")).ToArray();

        await Should.ThrowAsync<DiscordLimitException>(() =>
            harness.Client.CreateInteractionResponseAsync(InteractionId, Token, InteractionResponse.Autocomplete(choices), Some.Ct));

        harness.Server.Rest.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task AFollowUpBeforeTheAcknowledgementIsAnUnknownWebhookError()
    {
        await using var harness = await RestHarness.StartAsync();

        var error = await Should.ThrowAsync<DiscordRestException>(() =>
            harness.Client.CreateFollowupMessageAsync(Some.Application, Token, Some.Message(), Some.Ct));

        error.DiscordCode.ShouldBe(10015);
    }
}
