using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>A Discord user (a person or a bot).</summary>
public sealed record User
{
    /// <summary>The user's id.</summary>
    [JsonPropertyName("id")]
    public Snowflake Id { get; init; }

    /// <summary>The unique username.</summary>
    [JsonPropertyName("username")]
    public string Username { get; init; } = "";

    /// <summary>The display name, when set.</summary>
    [JsonPropertyName("global_name")]
    public string? GlobalName { get; init; }

    /// <summary>Legacy discriminator ("0" for migrated users).</summary>
    [JsonPropertyName("discriminator")]
    public string? Discriminator { get; init; }

    /// <summary>True for bot accounts; messages from bots are ignored by VendorBot.</summary>
    [JsonPropertyName("bot")]
    public bool Bot { get; init; }
}
