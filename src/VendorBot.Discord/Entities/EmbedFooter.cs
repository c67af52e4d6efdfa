using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>An embed footer.</summary>
public sealed record EmbedFooter
{
    /// <summary>The footer text (≤ 2,048).</summary>
    [JsonPropertyName("text")]
    public string Text { get; init; } = "";

    /// <summary>An icon URL.</summary>
    [JsonPropertyName("icon_url")]
    public string? IconUrl { get; init; }
}
