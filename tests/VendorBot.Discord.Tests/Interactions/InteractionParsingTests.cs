using System.Text.Json;
using VendorBot.Discord.Entities;

namespace VendorBot.Discord.Tests.Interactions;

public sealed class InteractionParsingTests
{
    private const string SlashCommand = """
        {"id":"1250000000000000001","application_id":"1000","type":2,"token":"tok","guild_id":"700","channel_id":"600",
         "member":{"user":{"id":"800","username":"asker"},"roles":["701"],"permissions":"2147483656"},
         "app_permissions":"277025508352","locale":"en-GB",
         "data":{"id":"55","name":"ask","type":1,
           "options":[{"name":"question","type":3,"value":"who imposed sanctions?"},
                      {"name":"limit","type":4,"value":5},{"name":"public","type":5,"value":true},
                      {"name":"about","type":6,"value":"801"}],
           "resolved":{"users":{"801":{"id":"801","username":"other"}}}}}
        """;

    [Fact]
    public void ASlashCommandInteractionParsesWithTypedOptionsAndResolvedUsers()
    {
        var interaction = JsonSerializer.Deserialize(SlashCommand, DiscordJsonContext.Default.Interaction)!;

        interaction.Id.ShouldBe(new Snowflake(1250000000000000001));
        interaction.Type.ShouldBe(InteractionType.ApplicationCommand);
        interaction.Invoker!.Username.ShouldBe("asker");
        interaction.Member!.Roles.ShouldBe([new Snowflake(701)]);
        var data = interaction.Data!;
        data.Name.ShouldBe("ask");
        data.FindOption("question")!.GetString().ShouldBe("who imposed sanctions?");
        data.FindOption("limit")!.GetInt64().ShouldBe(5);
        data.FindOption("public")!.GetBoolean().ShouldBe(true);
        data.FindOption("about")!.GetSnowflake().ShouldBe(new Snowflake(801));
        data.FindOption("missing").ShouldBeNull();
        data.Resolved!.Users[new Snowflake(801)].Username.ShouldBe("other");
    }

    [Fact]
    public void AdministratorImpliesEveryPermission()
    {
        var interaction = JsonSerializer.Deserialize(SlashCommand, DiscordJsonContext.Default.Interaction)!;

        interaction.InvokerPermissions.HasFlag(Permissions.ManageGuild).ShouldBeFalse();
        interaction.InvokerPermissions.Grants(Permissions.ManageGuild).ShouldBeTrue();
        interaction.InvokerPermissions.Grants(Permissions.ManageGuild | Permissions.CreatePublicThreads).ShouldBeTrue();
    }

    [Theory]
    [InlineData("32", Permissions.ManageGuild, true)]
    [InlineData("2048", Permissions.ManageGuild, false)]
    [InlineData("34359738368", Permissions.CreatePublicThreads, true)]
    [InlineData("", Permissions.SendMessages, false)]
    [InlineData("not-a-number", Permissions.SendMessages, false)]
    [InlineData("-8", Permissions.SendMessages, false)]
    public void PermissionStringsParseAndMissingOrBadOnesGrantNothing(string bits, Permissions required, bool granted)
    {
        PermissionsParser.ParseOrNone(bits).Grants(required).ShouldBe(granted);
    }

    [Fact]
    public void AButtonClickCarriesItsCustomIdAndMessage()
    {
        const string click = """
            {"id":"2","application_id":"1000","type":3,"token":"t","channel_id":"600","user":{"id":"800","username":"dm-user"},
             "data":{"custom_id":"sources:42","component_type":2},
             "message":{"id":"4000","channel_id":"600","author":{"id":"900","username":"VendorBot","bot":true},"content":"answer",
               "components":[{"type":1,"components":[{"type":2,"style":2,"label":"Sources","custom_id":"sources:42"}]}]}}
            """;

        var interaction = JsonSerializer.Deserialize(click, DiscordJsonContext.Default.Interaction)!;

        interaction.Data!.CustomId.ShouldBe("sources:42");
        interaction.Data.ComponentType.ShouldBe(ComponentType.Button);
        interaction.Invoker!.Username.ShouldBe("dm-user");
        interaction.InvokerPermissions.ShouldBe(Permissions.None);
        interaction.Message!.Components[0].Components[0].Style.ShouldBe(ButtonStyle.Secondary);
    }

    [Fact]
    public void TheFocusedAutocompleteOptionIsFoundInsideSubCommands()
    {
        const string autocomplete = """
            {"id":"3","application_id":"1000","type":4,"token":"t",
             "data":{"name":"sources","type":1,"options":[{"name":"find","type":1,"options":[{"name":"vendor","type":3,"value":"hua","focused":true}]}]}}
            """;

        var interaction = JsonSerializer.Deserialize(autocomplete, DiscordJsonContext.Default.Interaction)!;

        interaction.Data!.FocusedOption()!.Name.ShouldBe("vendor");
        interaction.Data.FocusedOption()!.GetString().ShouldBe("hua");
    }

    [Fact]
    public void SnowflakesTravelAsStringsAndKeepAllSixtyFourBits()
    {
        var user = new User { Id = new Snowflake(ulong.MaxValue), Username = "u" };

        var json = JsonSerializer.Serialize(user, DiscordJsonContext.Default.User);

        json.ShouldContain("\"id\":\"18446744073709551615\"");
        JsonSerializer.Deserialize(json, DiscordJsonContext.Default.User)!.Id.ShouldBe(user.Id);
        JsonSerializer.Deserialize("""{"id":123,"username":"n"}""", DiscordJsonContext.Default.User)!.Id.ShouldBe(new Snowflake(123));
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize("""{"id":"12a","username":"n"}""", DiscordJsonContext.Default.User));
    }

    [Fact]
    public void AReplyMessageParsesItsReferenceAndMentions()
    {
        const string message = """
            {"id":"1201","channel_id":"600","guild_id":"700","author":{"id":"800","username":"asker"},"member":{"roles":[]},
             "content":"<@900> and sanctions?","mentions":[{"id":"900","username":"VendorBot","bot":true}],"mention_roles":["5"],
             "mention_everyone":false,"type":19,"message_reference":{"message_id":"1100","channel_id":"600","guild_id":"700"},
             "referenced_message":null,"unknown_field":{"x":1}}
            """;

        var parsed = JsonSerializer.Deserialize(message, DiscordJsonContext.Default.Message)!;

        parsed.Type.ShouldBe(MessageType.Reply);
        parsed.Mentions.ShouldContain(user => user.Id == new Snowflake(900) && user.Bot);
        parsed.MentionRoles.ShouldBe([new Snowflake(5)]);
        parsed.MessageReference!.MessageId.ShouldBe(new Snowflake(1100));
        parsed.ReferencedMessage.ShouldBeNull();
        parsed.GuildId.ShouldBe(new Snowflake(700));
    }
}
