using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>A guild role.</summary>
public sealed record Role
{
    /// <summary>The role id (the @everyone role has the guild's id).</summary>
    [JsonPropertyName("id")]
    public Snowflake Id { get; init; }

    /// <summary>The role name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>The role's permissions as a decimal string bitfield.</summary>
    [JsonPropertyName("permissions")]
    public string? Permissions { get; init; }
}
