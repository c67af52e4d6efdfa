using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>An embed author line.</summary>
public sealed record EmbedAuthor
{
    /// <summary>The author name (≤ 256).</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>A link on the name.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>An icon URL.</summary>
    [JsonPropertyName("icon_url")]
    public string? IconUrl { get; init; }
}
