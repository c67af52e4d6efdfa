using VendorBot.Discord.Commands;
using VendorBot.Discord.Entities;

namespace VendorBot.Discord.Tests.Commands;

/// <summary>A command set shaped like VendorBot's.</summary>
internal static class CommandSet
{
    public static ApplicationCommand Ask() => new()
    {
        Name = "ask",
        Description = "Ask about a vendor controversy",
        Options =
        [
            new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "question", Description = "Your question", Required = true, MinLength = 3, MaxLength = 500 },
            new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "vendor", Description = "Limit to one vendor", Autocomplete = true },
        ],
        Contexts = [InteractionContextType.Guild, InteractionContextType.BotDm],
    };

    public static ApplicationCommand Reindex() => new()
    {
        Name = "reindex",
        Description = "Rebuild the index (admins)",
        DefaultMemberPermissions = Permissions.ManageGuild.ToDiscordString(),
        Contexts = [InteractionContextType.Guild],
    };

    public static ApplicationCommand Help() => new() { Name = "help", Description = "How to use VendorBot" };

    public static IReadOnlyList<ApplicationCommand> All() => [Ask(), Reindex(), Help()];
}
