using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>A rich embed. Limits are in <see cref="Rest.DiscordLimits"/> and checked before sending.</summary>
public sealed record Embed
{
    /// <summary>The title (≤ 256).</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>The body text (≤ 4,096).</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>The link on the title.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>The colour as 0xRRGGBB.</summary>
    [JsonPropertyName("color")]
    public int? Color { get; init; }

    /// <summary>The time shown in the footer.</summary>
    [JsonPropertyName("timestamp")]
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Fields (≤ 25).</summary>
    [JsonPropertyName("fields")]
    public IReadOnlyList<EmbedField>? Fields { get; init; }

    /// <summary>The footer.</summary>
    [JsonPropertyName("footer")]
    public EmbedFooter? Footer { get; init; }

    /// <summary>The author line.</summary>
    [JsonPropertyName("author")]
    public EmbedAuthor? Author { get; init; }
}
