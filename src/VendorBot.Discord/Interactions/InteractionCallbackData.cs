using System.Text.Json.Serialization;
using VendorBot.Discord.Commands;
using VendorBot.Discord.Entities;

namespace VendorBot.Discord.Interactions;

/// <summary>
/// The <c>data</c> of an interaction callback: message fields for message responses (and <c>flags</c> on a
/// deferral), or <see cref="Choices"/> for autocomplete. Null fields are not sent.
/// </summary>
public sealed record InteractionCallbackData
{
    /// <summary>The text.</summary>
    [JsonPropertyName("content")]
    public string? Content { get; init; }

    /// <summary>Embeds.</summary>
    [JsonPropertyName("embeds")]
    public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>Action rows of buttons.</summary>
    [JsonPropertyName("components")]
    public IReadOnlyList<ActionRow>? Components { get; init; }

    /// <summary>Which mentions may ping.</summary>
    [JsonPropertyName("allowed_mentions")]
    public AllowedMentions? AllowedMentions { get; init; }

    /// <summary>Flags; <see cref="MessageFlags.Ephemeral"/> shows the reply to the invoker only.</summary>
    [JsonPropertyName("flags")]
    public MessageFlags? Flags { get; init; }

    /// <summary>Autocomplete suggestions (≤ 25).</summary>
    [JsonPropertyName("choices")]
    public IReadOnlyList<ApplicationCommandChoice>? Choices { get; init; }
}
