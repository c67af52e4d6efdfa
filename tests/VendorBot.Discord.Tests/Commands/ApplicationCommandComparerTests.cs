using VendorBot.Discord.Commands;
using VendorBot.Discord.Entities;

namespace VendorBot.Discord.Tests.Commands;

public sealed class ApplicationCommandComparerTests
{
    [Fact]
    public void ServerSideFieldsAndCommandOrderAreIgnored()
    {
        var registered = CommandSet.All().Reverse().Select((command, i) => command with
        {
            Id = new Snowflake((ulong)(100 + i)),
            ApplicationId = new Snowflake(1000),
            Version = new Snowflake((ulong)(200 + i)),
        }).ToList();

        ApplicationCommandComparer.SameCommands(CommandSet.All(), registered).ShouldBeTrue();
    }

    [Fact]
    public void DiscordDefaultsEqualOmittedFields()
    {
        var desired = new[] { CommandSet.Help() with { Type = null } };
        var registered = new[]
        {
            CommandSet.Help() with
            {
                Type = ApplicationCommandType.ChatInput,
                Nsfw = false,
                IntegrationTypes = [ApplicationIntegrationType.GuildInstall],
                Options = [],
            },
        };

        ApplicationCommandComparer.SameCommands(desired, registered).ShouldBeTrue();
    }

    [Fact]
    public void OptionDefaultsAndContextOrderAreNormalised()
    {
        var ask = CommandSet.Ask();
        var registered = ask with
        {
            Contexts = [.. ask.Contexts!.Reverse()],
            Options = [ask.Options![0], ask.Options[1] with { Required = false }],
        };

        ApplicationCommandComparer.SameCommands([ask], [registered]).ShouldBeTrue();
    }

    public static TheoryData<string, ApplicationCommand> Changes => new()
    {
        { "description", CommandSet.Ask() with { Description = "Changed" } },
        { "permissions", CommandSet.Ask() with { DefaultMemberPermissions = "32" } },
        { "contexts", CommandSet.Ask() with { Contexts = [InteractionContextType.Guild] } },
        { "option order", CommandSet.Ask() with { Options = [.. CommandSet.Ask().Options!.Reverse()] } },
        { "option max length", CommandSet.Ask() with { Options = [CommandSet.Ask().Options![0] with { MaxLength = 400 }, CommandSet.Ask().Options![1]] } },
        { "choices", CommandSet.Ask() with { Options = [CommandSet.Ask().Options![0], CommandSet.Ask().Options![1] with { Autocomplete = null, Choices = [ApplicationCommandChoice.Of("Huawei", "huawei")] }] } },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void ARealChangeIsDetected(string change, ApplicationCommand changed)
    {
        ApplicationCommandComparer.SameCommands([CommandSet.Ask()], [changed]).ShouldBeFalse(change);
    }

    [Fact]
    public void AnAddedOrRemovedCommandIsDetected()
    {
        ApplicationCommandComparer.SameCommands(CommandSet.All(), CommandSet.All().Take(2).ToList()).ShouldBeFalse();
    }
}
