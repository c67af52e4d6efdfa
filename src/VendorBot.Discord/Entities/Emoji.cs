using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>A partial emoji: a Unicode emoji by <see cref="Name"/>, or a custom one by <see cref="Id"/>.</summary>
public sealed record Emoji
{
    /// <summary>The custom emoji id; null for Unicode emoji.</summary>
    [JsonPropertyName("id")]
    public Snowflake? Id { get; init; }

    /// <summary>The Unicode character(s) or the custom emoji's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Whether a custom emoji is animated.</summary>
    [JsonPropertyName("animated")]
    public bool? Animated { get; init; }
}
