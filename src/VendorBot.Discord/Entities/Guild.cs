using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>A guild as GUILD_CREATE sends it (the basics).</summary>
public sealed record Guild
{
    /// <summary>The guild id.</summary>
    [JsonPropertyName("id")]
    public Snowflake Id { get; init; }

    /// <summary>The guild name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The owner's user id (the owner has every permission).</summary>
    [JsonPropertyName("owner_id")]
    public Snowflake? OwnerId { get; init; }

    /// <summary>Members GUILD_CREATE includes; the bot's own member is among them.</summary>
    [JsonPropertyName("members")]
    public IReadOnlyList<GuildMember> Members { get; init; } = [];

    /// <summary>True when the guild is in an outage (READY stubs are unavailable too).</summary>
    [JsonPropertyName("unavailable")]
    public bool Unavailable { get; init; }

    /// <summary>The guild's channels.</summary>
    [JsonPropertyName("channels")]
    public IReadOnlyList<Channel> Channels { get => field ?? []; init; }

    /// <summary>The active threads the bot can see.</summary>
    [JsonPropertyName("threads")]
    public IReadOnlyList<Channel> Threads { get => field ?? []; init; }

    /// <summary>The guild's roles.</summary>
    [JsonPropertyName("roles")]
    public IReadOnlyList<Role> Roles { get => field ?? []; init; }
}
