using VendorBot.Discord.Commands;
using VendorBot.Discord.Entities;

namespace VendorBot.Bot.Interactions;

/// <summary>
/// A slash command as its type declares it: name, description, options and who may use it. The registered
/// <see cref="Definition"/> follows from it: installed to guilds only; usable in guilds and in DMs with the bot, except
/// an admin command, which Discord offers to Manage Server by default and only in guilds. Contexts and integration types
/// are set explicitly so the set Discord returns matches the one sent and a restart re-registers nothing.
/// </summary>
internal sealed record CommandDeclaration
{
    /// <summary>The command name (1–32, lower-case).</summary>
    public required string Name { get; init; }

    /// <summary>The description shown in Discord's command picker (1–100).</summary>
    public required string Description { get; init; }

    /// <summary>The options, in the order Discord shows them; null for none.</summary>
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>When set, only admins may use the command and its components (checked by the router before any handler runs).</summary>
    public AdminOnly? Admins { get; init; }

    /// <summary>The definition sent in the bulk overwrite.</summary>
    public ApplicationCommand Definition => new()
    {
        Name = Name,
        Description = Description,
        Options = Options,
        DefaultMemberPermissions = Admins is null ? null : Permissions.ManageGuild.ToDiscordString(),
        Contexts = Admins is null ? [InteractionContextType.Guild, InteractionContextType.BotDm] : [InteractionContextType.Guild],
        IntegrationTypes = [ApplicationIntegrationType.GuildInstall],
    };
}

/// <summary>
/// The "admins only" precondition: Manage Server, Administrator or a configured user or role (<see cref="AdminPolicy"/>).
/// </summary>
/// <param name="Action">What a refused user was trying to do, completing "only server admins (Manage Server) can …".</param>
internal sealed record AdminOnly(string Action)
{
    /// <summary>The ephemeral reply to someone who is not an admin.</summary>
    public string Refusal => $"Sorry, only server admins (Manage Server) can {Action}.";
}

/// <summary>The custom_id prefixes a component handler owns (the part before the first <c>:</c>) and who may press them.</summary>
internal sealed record ComponentDeclaration(IReadOnlyList<string> Prefixes, AdminOnly? Admins = null);
