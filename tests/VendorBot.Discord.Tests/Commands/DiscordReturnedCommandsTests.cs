using System.Text.Json;
using VendorBot.Discord.Commands;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Tests.Commands;

/// <summary>Commands as Discord returns them (raw JSON, server-side fields and defaults filled in) against what was sent.</summary>
public sealed class DiscordReturnedCommandsTests
{
    // GET /applications/{id}/commands after registering "help" with no contexts and no integration_types.
    private const string ReturnedHelp = """
        [{"id":"1300000000000000001","application_id":"1000","version":"1300000000000000002","default_member_permissions":null,
          "type":1,"name":"help","name_localizations":null,"description":"How to use VendorBot","description_localizations":null,
          "dm_permission":true,"contexts":[0,1,2],"integration_types":[0],"nsfw":false}]
        """;

    [Fact]
    public void ACommandSentWithoutContextsMatchesWhatDiscordReturnsWithItsDefaultContexts()
    {
        var returned = JsonSerializer.Deserialize(ReturnedHelp, RestJsonContext.Default.ListApplicationCommand)!;

        ApplicationCommandComparer.SameCommands([CommandSet.Help()], returned).ShouldBeTrue();
    }

    [Fact]
    public void ExplicitContextsThatDifferFromWhatDiscordHasAreChanges()
    {
        var returned = JsonSerializer.Deserialize(ReturnedHelp, RestJsonContext.Default.ListApplicationCommand)!;

        ApplicationCommandComparer.SameCommands([CommandSet.Help() with { Contexts = [InteractionContextType.Guild] }], returned).ShouldBeFalse();
    }

    [Theory]
    [InlineData("नमस्ते")]
    [InlineData("สวัสดี")]
    [InlineData("don't")]
    [InlineData("ask_2-more")]
    public void NamesTheDocsPatternAllowsAreAccepted(string name)
    {
        Should.NotThrow(() => CommandValidator.Validate([CommandSet.Help() with { Name = name }]));
    }

    [Fact]
    public void TwoOptionsWithOneNameAreRejected()
    {
        var option = new ApplicationCommandOption { Type = VendorBot.Discord.Entities.ApplicationCommandOptionType.String, Name = "q", Description = "d" };

        var error = Should.Throw<DiscordLimitException>(() => CommandValidator.Validate([CommandSet.Help() with { Options = [option, option] }]));

        error.Field.ShouldBe("commands[0].options[1].name");
    }

    [Fact]
    public void MoreThanAHundredChatInputCommandsAreRejected()
    {
        var commands = Enumerable.Range(0, DiscordLimits.GlobalCommandCount + 1).Select(i => CommandSet.Help() with { Name = $"c{i}" }).ToList();

        Should.Throw<DiscordLimitException>(() => CommandValidator.Validate(commands)).Field.ShouldBe("commands");
        Should.NotThrow(() => CommandValidator.Validate(commands[..DiscordLimits.GlobalCommandCount]));
    }
}
