using System.Text.Json.Serialization;
using VendorBot.Discord.Entities;

namespace VendorBot.Discord.Commands;

/// <summary>
/// An application command as registered (PUT) and as listed (GET). <see cref="Id"/>, <see cref="ApplicationId"/>,
/// <see cref="GuildId"/> and <see cref="Version"/> are set by Discord and ignored when comparing.
/// </summary>
public sealed record ApplicationCommand
{
    /// <summary>Discord's id for the command (server-side).</summary>
    [JsonPropertyName("id")]
    public Snowflake? Id { get; init; }

    /// <summary>The owning application (server-side).</summary>
    [JsonPropertyName("application_id")]
    public Snowflake? ApplicationId { get; init; }

    /// <summary>The guild of a guild command (server-side).</summary>
    [JsonPropertyName("guild_id")]
    public Snowflake? GuildId { get; init; }

    /// <summary>Changes whenever the command changes (server-side).</summary>
    [JsonPropertyName("version")]
    public Snowflake? Version { get; init; }

    /// <summary>The command type. <value>Default chat input (a slash command).</value></summary>
    [JsonPropertyName("type")]
    public ApplicationCommandType? Type { get; init; } = ApplicationCommandType.ChatInput;

    /// <summary>The name: 1–32, lower-case, <c>^[-_\p{L}\p{N}]{1,32}$</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>The description (1–100 for slash commands).</summary>
    [JsonPropertyName("description")]
    public string Description { get; init; } = "";

    /// <summary>The options (≤ 25).</summary>
    [JsonPropertyName("options")]
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>
    /// Who may see and use the command by default, as a permission bitfield string (e.g. "32" MANAGE_GUILD);
    /// null for everyone. Server admins can override this: check permissions in the bot as well.
    /// </summary>
    [JsonPropertyName("default_member_permissions")]
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>Where the command can be used (guild, bot DM, private channel).</summary>
    [JsonPropertyName("contexts")]
    public IReadOnlyList<InteractionContextType>? Contexts { get; init; }

    /// <summary>Installation kinds the command is available to.</summary>
    [JsonPropertyName("integration_types")]
    public IReadOnlyList<ApplicationIntegrationType>? IntegrationTypes { get; init; }

    /// <summary>Whether the command is age-restricted. <value>Default false.</value></summary>
    [JsonPropertyName("nsfw")]
    public bool? Nsfw { get; init; }
}
