using VendorBot.Discord.Commands;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Tests.Commands;

public sealed class CommandValidatorTests
{
    private static ApplicationCommandOption Text(string name = "q") =>
        new() { Type = ApplicationCommandOptionType.String, Name = name, Description = "d" };

    public static TheoryData<string, ApplicationCommand> Invalid => new()
    {
        { "commands[0].name", CommandSet.Help() with { Name = "Help" } },
        { "commands[0].name", CommandSet.Help() with { Name = "" } },
        { "commands[0].name", CommandSet.Help() with { Name = new string('a', 33) } },
        { "commands[0].name", CommandSet.Help() with { Name = "has space" } },
        { "commands[0].description", CommandSet.Help() with { Description = "" } },
        { "commands[0].description", CommandSet.Help() with { Description = new string('d', 101) } },
        { "commands[0].options", CommandSet.Help() with { Options = Enumerable.Range(0, 26).Select(i => Text($"o{i}")).ToArray() } },
        { "commands[0].options[0].choices", CommandSet.Help() with { Options = [Text() with { Choices = Enumerable.Range(0, 26).Select(i => ApplicationCommandChoice.Of($"c{i}", i)).ToArray() }] } },
        { "commands[0].options[0].min_length", CommandSet.Help() with { Options = [Text() with { MinLength = -1 }] } },
        { "commands[0].options[0].max_length", CommandSet.Help() with { Options = [Text() with { MaxLength = 6001 }] } },
        { "commands[0].options[0].min_length", CommandSet.Help() with { Options = [Text() with { MinLength = 10, MaxLength = 5 }] } },
        { "commands[0].options[0].name", CommandSet.Help() with { Options = [Text("Upper")] } },
        { "commands[0].options[1].required", CommandSet.Help() with { Options = [Text("a"), Text("b") with { Required = true }] } },
        { "commands[0].options[0].autocomplete", CommandSet.Help() with { Options = [Text() with { Autocomplete = true, Choices = [ApplicationCommandChoice.Of("a", "a")] }] } },
        { "commands[0].default_member_permissions", CommandSet.Help() with { DefaultMemberPermissions = "admins" } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void ACommandBreakingARuleIsRejectedWithTheField(string field, ApplicationCommand command)
    {
        var error = Should.Throw<DiscordLimitException>(() => CommandValidator.Validate([command]));

        error.Field.ShouldBe(field);
    }

    [Fact]
    public void DuplicateNamesAreRejected()
    {
        Should.Throw<DiscordLimitException>(() => CommandValidator.Validate([CommandSet.Help(), CommandSet.Help()]));
    }

    [Fact]
    public void VendorBotsCommandsAndNonLatinNamesAreValid()
    {
        Should.NotThrow(() => CommandValidator.Validate([.. CommandSet.All(), CommandSet.Help() with { Name = "вопрос-2" }]));
    }
}
