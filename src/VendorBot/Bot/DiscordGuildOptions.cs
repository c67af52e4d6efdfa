namespace VendorBot.Bot;

/// <summary>The guild-scoped part of the <c>Discord</c> section the bot reads besides the client's own options.</summary>
public sealed class DiscordGuildOptions
{
    /// <summary>Configuration section name (shared with the Discord client options).</summary>
    public const string SectionName = "Discord";

    /// <summary>
    /// Register the slash commands in this guild only (updates are instant) instead of globally.
    /// <value>Default none: global registration.</value>
    /// </summary>
    public ulong? GuildId { get; set; }
}
