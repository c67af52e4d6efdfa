using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>The bot's application (<c>GET /applications/@me</c>, READY's <c>application</c>).</summary>
public sealed record Application
{
    /// <summary>The application id (used in command and webhook routes).</summary>
    [JsonPropertyName("id")]
    public Snowflake Id { get; init; }

    /// <summary>The application name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Application flag bits.</summary>
    [JsonPropertyName("flags")]
    public long? Flags { get; init; }
}
