using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>A channel's permission overwrite for a role (type 0) or a member (type 1); allow and deny are decimal strings.</summary>
public sealed record PermissionOverwrite
{
    /// <summary>The role or user id.</summary>
    [JsonPropertyName("id")]
    public Snowflake Id { get; init; }

    /// <summary>0 for a role, 1 for a member.</summary>
    [JsonPropertyName("type")]
    public int Type { get; init; }

    /// <summary>The permissions allowed.</summary>
    [JsonPropertyName("allow")]
    public string? Allow { get; init; }

    /// <summary>The permissions denied.</summary>
    [JsonPropertyName("deny")]
    public string? Deny { get; init; }
}
