using System.Net;
using System.Text.Json;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Fakes.Rest;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Tests.Rest;

public sealed class DiscordErrorTests
{
    [Fact]
    public async Task AnUnknownInteractionBecomesATypedExceptionWithStatusCodeAndMessage()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Server.Rest.Script("POST", "interactions/*/*/callback", FakeRestReply.DiscordError(404, 10062, "Unknown interaction"));

        var error = await Should.ThrowAsync<DiscordRestException>(() =>
            harness.Client.CreateInteractionResponseAsync(new Snowflake(1), "expired-token", InteractionResponse.Deferred(), Some.Ct));

        error.Failure.ShouldBe(DiscordRestFailure.ApiError);
        error.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        error.DiscordCode.ShouldBe(10062);
        error.DiscordMessage.ShouldBe("Unknown interaction");
        error.Message.ShouldBe("Discord rejected POST /interactions/{interaction_id}/{token}/callback: HTTP 404 NotFound, code 10062: Unknown interaction");
    }

    [Fact]
    public async Task MissingPermissionsBecomesATypedException()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Server.Rest.Script("POST", "channels/*/messages", FakeRestReply.DiscordError(403, 50013, "Missing Permissions"));

        var error = await Should.ThrowAsync<DiscordRestException>(() => harness.Client.CreateMessageAsync(Some.Channel, Some.Message(), Some.Ct));

        error.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        error.DiscordCode.ShouldBe(50013);
        error.DiscordMessage.ShouldBe("Missing Permissions");
    }

    [Fact]
    public async Task RequestsCarryTheBotTokenUserAgentJsonAndSuppressedMentions()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.CreateMessageAsync(Some.Channel, Some.Message("@everyone look"), Some.Ct);

        var request = harness.Server.Rest.Requests.Single();
        request.Authorization.ShouldBe("Bot " + RestHarness.Token);
        request.Headers["User-Agent"].ShouldBe("DiscordBot (https://github.com/vendorbot/vendorbot, 1.0.0)");
        request.Headers["Content-Type"].ShouldStartWith("application/json");
        using var body = JsonDocument.Parse(request.Body);
        body.RootElement.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength().ShouldBe(0);
        body.RootElement.GetProperty("allowed_mentions").GetProperty("replied_user").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task TheCallsAnswerWithTypedRecords()
    {
        await using var harness = await RestHarness.StartAsync();

        var user = await harness.Client.GetCurrentUserAsync(Some.Ct);
        var application = await harness.Client.GetCurrentApplicationAsync(Some.Ct);
        var gateway = await harness.Client.GetGatewayBotAsync(Some.Ct);
        await harness.Client.TriggerTypingAsync(Some.Channel, Some.Ct);
        var thread = await harness.Client.StartThreadFromMessageAsync(Some.Channel, new Snowflake(1201), new StartThreadPayload { Name = "Sanctions question" }, Some.Ct);
        var reply = await harness.Client.CreateMessageAsync(Some.Channel, Some.Message() with
        {
            MessageReference = new MessageReference { MessageId = new Snowflake(1201), FailIfNotExists = false },
        }, Some.Ct);

        user.Id.ShouldBe(new Snowflake(900));
        application.Id.ShouldBe(new Snowflake(1000));
        gateway.Url.ShouldNotBeNullOrEmpty();
        gateway.SessionStartLimit.MaxConcurrency.ShouldBeGreaterThanOrEqualTo(1);
        thread.IsThread.ShouldBeTrue();
        thread.ParentId.ShouldBe(Some.Channel);
        thread.Name.ShouldBe("Sanctions question");
        reply.Type.ShouldBe(MessageType.Reply);
        reply.MessageReference!.MessageId.ShouldBe(new Snowflake(1201));
        harness.Server.Rest.Requests.Select(request => request.Path).ShouldContain("channels/600/typing");
    }
}
