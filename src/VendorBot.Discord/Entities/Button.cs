using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>
/// A button (component type 2). Non-link buttons need a <see cref="CustomId"/> (≤ 100 characters) that comes
/// back in the click's interaction; link buttons need a <see cref="Url"/> and no custom id.
/// </summary>
public sealed record Button
{
    /// <summary>Normally <see cref="ComponentType.Button"/>; other kinds read from Discord keep their number.</summary>
    [JsonPropertyName("type")]
    public ComponentType Type { get; init; } = ComponentType.Button;

    /// <summary>The style; <see cref="ButtonStyle.Link"/> for URL buttons.</summary>
    [JsonPropertyName("style")]
    public ButtonStyle Style { get; init; } = ButtonStyle.Secondary;

    /// <summary>The text (≤ 80 characters).</summary>
    [JsonPropertyName("label")]
    public string? Label { get; init; }

    /// <summary>The id that comes back on click (≤ 100 characters); null for link buttons.</summary>
    [JsonPropertyName("custom_id")]
    public string? CustomId { get; init; }

    /// <summary>The target of a link button.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>An emoji shown before the label.</summary>
    [JsonPropertyName("emoji")]
    public Emoji? Emoji { get; init; }

    /// <summary>Whether the button is greyed out.</summary>
    [JsonPropertyName("disabled")]
    public bool? Disabled { get; init; }
}
