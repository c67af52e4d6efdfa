using VendorBot.Discord.Entities;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Tests.Rest;

/// <summary>Discord rejects an empty message (50006); the client refuses one before sending it.</summary>
public sealed class EmptyMessageTests
{
    public static TheoryData<MessagePayload> Empty => new()
    {
        new MessagePayload(),
        new MessagePayload { Content = "" },
        new MessagePayload { Content = " \n\t" },
        new MessagePayload { Content = "", Embeds = [new Embed()], Components = [] },
    };

    [Theory]
    [MemberData(nameof(Empty))]
    public async Task AnEmptyNewMessageIsRejectedBeforeAnythingIsSent(MessagePayload message)
    {
        await using var harness = SimulatedRestHarness.Start();

        var created = await Should.ThrowAsync<DiscordLimitException>(() => harness.Client.CreateMessageAsync(Some.Channel, message, Some.Ct));
        var followup = await Should.ThrowAsync<DiscordLimitException>(() => harness.Client.CreateFollowupMessageAsync(Some.Application, "tok", message, Some.Ct));
        var callback = await Should.ThrowAsync<DiscordLimitException>(() => harness.Client.CreateInteractionResponseAsync(new Snowflake(10), "tok", InteractionResponse.Message(message), Some.Ct));

        created.Message.ShouldContain("empty");
        followup.Message.ShouldContain("empty");
        callback.Message.ShouldContain("empty");
        harness.Discord.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnEditThatWouldEmptyTheMessageIsRejectedButOneLeavingTheContentAloneIsSent()
    {
        await using var harness = SimulatedRestHarness.Start();
        var emptied = new MessagePayload { Content = "", Embeds = [], Components = [] };

        await Should.ThrowAsync<DiscordLimitException>(() => harness.Client.EditMessageAsync(Some.Channel, new Snowflake(5), emptied, Some.Ct));
        await Should.ThrowAsync<DiscordLimitException>(() => harness.Client.EditOriginalResponseAsync(Some.Application, "tok", emptied, Some.Ct));
        harness.Discord.Requests.ShouldBeEmpty();

        harness.Discord.Script("PATCH", "webhooks/*/*/messages/@original", SimulatedReply.Json(200, """
            {"id":"4999","channel_id":"600","author":{"id":"900","username":"VendorBot","discriminator":"0","global_name":null,"avatar":null,"bot":true},
             "content":"kept","timestamp":"2026-01-01T00:00:00.000000+00:00","edited_timestamp":"2026-01-01T00:00:01.000000+00:00","tts":false,
             "mention_everyone":false,"mentions":[],"mention_roles":[],"attachments":[],"embeds":[],"pinned":false,"type":0}
            """));
        await harness.Client.EditOriginalResponseAsync(Some.Application, "tok", new MessagePayload { Components = [] }, Some.Ct);
        harness.Discord.Requests.ShouldHaveSingleItem();
    }
}
