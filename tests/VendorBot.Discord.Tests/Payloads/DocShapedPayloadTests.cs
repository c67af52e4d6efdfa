using System.Text.Json;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Fakes.Payloads;

namespace VendorBot.Discord.Tests.Payloads;

/// <summary>The client decodes every event exactly as the docs shape it: optional collections absent, not empty.</summary>
public sealed class DocShapedPayloadTests
{
    [Fact]
    public void ACommandWithoutOptionsHasNoOptionsAndFindsNone()
    {
        var interaction = Decode(DiscordEvents.Command("1", "tok", "sources"), DiscordJsonContext.Default.Interaction);

        interaction.Data!.Options.ShouldBeEmpty();
        interaction.Data.FindOption("query").ShouldBeNull();
        interaction.Data.FocusedOption().ShouldBeNull();
        interaction.Data.Resolved.ShouldBeNull();
    }

    [Fact]
    public void AButtonClickHasNoOptionsAndCarriesItsMessage()
    {
        var interaction = Decode(DiscordEvents.Button("2", "tok", "vbs:1"), DiscordJsonContext.Default.Interaction);

        interaction.Type.ShouldBe(InteractionType.MessageComponent);
        interaction.Data!.CustomId.ShouldBe("vbs:1");
        interaction.Data.Options.ShouldBeEmpty();
        interaction.Data.FindOption("anything").ShouldBeNull();
        interaction.Message!.Components.ShouldHaveSingleItem().Components.ShouldHaveSingleItem().CustomId.ShouldBe("vbs:1");
    }

    [Fact]
    public void TheFocusedOptionIsFoundWhenItIsNotFirstAndLeafOptionsHaveNoOptions()
    {
        var interaction = Decode(
            DiscordEvents.Autocomplete("3", "tok", "ask", ("question", "what happened"), ("vendor", "hua")), DiscordJsonContext.Default.Interaction);

        interaction.Type.ShouldBe(InteractionType.ApplicationCommandAutocomplete);
        var focused = interaction.Data!.FocusedOption().ShouldNotBeNull();
        focused.Name.ShouldBe("vendor");
        focused.GetString().ShouldBe("hua");
        interaction.Data.Options.ShouldAllBe(option => option.Options.Count == 0);
    }

    [Fact]
    public void AGuildMessageHasAMemberWithoutUserAndReadsItsAuthor()
    {
        var message = Decode(DiscordEvents.GuildMessage("10", "<@900> hi"), DiscordJsonContext.Default.Message);

        message.Member.ShouldNotBeNull().User.ShouldBeNull();
        message.Member.Roles.ShouldBeEmpty();
        message.Author.Id.ShouldBe(new Snowflake(800));
        message.Mentions.ShouldHaveSingleItem().Id.ShouldBe(new Snowflake(900));
        message.ReferencedMessage.ShouldBeNull();
        message.MessageReference.ShouldBeNull();
    }

    [Fact]
    public void ADirectMessageHasNoGuildAndNoMember()
    {
        var message = Decode(DiscordEvents.DirectMessage("11", "hi", "601"), DiscordJsonContext.Default.Message);

        message.GuildId.ShouldBeNull();
        message.Member.ShouldBeNull();
        message.Mentions.ShouldBeEmpty();
    }

    [Fact]
    public void AReplyToADeletedMessageHasANullReferencedMessage()
    {
        var message = Decode(DiscordEvents.ReplyToDeleted("12", "and then?", "5"), DiscordJsonContext.Default.Message);

        message.Type.ShouldBe(MessageType.Reply);
        message.ReferencedMessage.ShouldBeNull();
        message.MessageReference!.MessageId.ShouldBe(new Snowflake(5));
    }

    [Fact]
    public void AReplyCarriesTheMessageItRepliesTo()
    {
        var message = Decode(DiscordEvents.Reply("13", "and then?", "5", "The answer [1]"), DiscordJsonContext.Default.Message);

        message.ReferencedMessage!.Author.Bot.ShouldBeTrue();
        message.ReferencedMessage.Content.ShouldBe("The answer [1]");
        message.ReferencedMessage.Member.ShouldBeNull();
    }

    [Fact]
    public void AGuildCreateReadsPartialChannelsAndStringPermissions()
    {
        var guild = Decode(DiscordEvents.GuildCreate(), DiscordJsonContext.Default.Guild);

        guild.Channels.Select(channel => channel.Id.Value).ShouldBe([599UL, 600UL]);
        guild.Threads.ShouldBeEmpty();
        guild.Roles.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("""{"id":"1","application_id":"2","type":2,"token":"t","data":{"id":"3","name":"x","type":1}}""")]
    [InlineData("""{"id":"1","application_id":"2","type":3,"token":"t","data":{"custom_id":"c","component_type":2}}""")]
    public void AbsentCollectionsReadAsEmptyNeverNull(string json)
    {
        var interaction = Decode(json, DiscordJsonContext.Default.Interaction);

        interaction.Data!.Options.ShouldNotBeNull().ShouldBeEmpty();
    }

    [Fact]
    public void EveryCollectionOfAMinimalEntityIsEmptyNotNull()
    {
        var message = Decode("""{"id":"1","channel_id":"2","author":{"id":"3","username":"u"},"content":"","type":0}""", DiscordJsonContext.Default.Message);
        var member = Decode("""{"user":{"id":"3","username":"u"}}""", DiscordJsonContext.Default.GuildMember);
        var guild = Decode("""{"id":"1"}""", DiscordJsonContext.Default.Guild);
        var option = Decode("""{"name":"n","type":3,"value":"v"}""", DiscordJsonContext.Default.InteractionDataOption);
        var resolved = Decode("""{"users":{}}""", DiscordJsonContext.Default.ResolvedData);
        var row = Decode("""{"type":1}""", DiscordJsonContext.Default.ActionRow);

        message.Mentions.ShouldNotBeNull();
        message.MentionRoles.ShouldNotBeNull();
        message.Embeds.ShouldNotBeNull();
        message.Components.ShouldNotBeNull();
        member.Roles.ShouldNotBeNull();
        guild.Channels.ShouldNotBeNull();
        guild.Threads.ShouldNotBeNull();
        guild.Roles.ShouldNotBeNull();
        option.Options.ShouldNotBeNull();
        resolved.Members.ShouldNotBeNull();
        resolved.Roles.ShouldNotBeNull();
        resolved.Channels.ShouldNotBeNull();
        row.Components.ShouldNotBeNull();
    }

    [Fact]
    public void EveryFixtureIsJsonWithOnlyWholeStringPlaceholders()
    {
        var names = DiscordPayload.Names();

        names.Count.ShouldBeGreaterThanOrEqualTo(12);
        foreach (var name in names)
        {
            var values = DiscordPayload.Placeholders(name).ToDictionary(key => key, object (_) => "1");
            using var document = JsonDocument.Parse(DiscordPayload.Render(name, values));
            document.RootElement.ValueKind.ShouldBe(JsonValueKind.Object, name);
        }
    }

    private static T Decode<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class =>
        JsonSerializer.Deserialize(json, type).ShouldNotBeNull();
}
