using System.Text.Json.Serialization;
using VendorBot.Discord.Entities;

namespace VendorBot.Discord.Rest;

/// <summary>
/// The body of create message, edit message, follow-up and edit-original calls. Null fields are not sent (on an
/// edit they stay as they are). <see cref="AllowedMentions"/> defaults to <see cref="AllowedMentions.None"/>, so
/// nothing pings unless a caller asks for it.
/// </summary>
public sealed record MessagePayload
{
    /// <summary>The text (≤ <see cref="DiscordLimits.MessageContentLength"/>).</summary>
    [JsonPropertyName("content")]
    public string? Content { get; init; }

    /// <summary>Embeds (≤ <see cref="DiscordLimits.EmbedsPerMessage"/>).</summary>
    [JsonPropertyName("embeds")]
    public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>Action rows of buttons (≤ <see cref="DiscordLimits.ActionRowsPerMessage"/>).</summary>
    [JsonPropertyName("components")]
    public IReadOnlyList<ActionRow>? Components { get; init; }

    /// <summary>Which mentions may ping. <value>Default <see cref="AllowedMentions.None"/>.</value></summary>
    [JsonPropertyName("allowed_mentions")]
    public AllowedMentions? AllowedMentions { get; init; } = AllowedMentions.None;

    /// <summary>The message this one replies to (create message only).</summary>
    [JsonPropertyName("message_reference")]
    public MessageReference? MessageReference { get; init; }

    /// <summary>Message flags (e.g. <see cref="MessageFlags.Ephemeral"/> on follow-ups).</summary>
    [JsonPropertyName("flags")]
    public MessageFlags? Flags { get; init; }
}
