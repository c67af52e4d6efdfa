using VendorBot.Bot.Formatting;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;

namespace VendorBot.Bot.Replies;

/// <summary>Builds the message payloads of an answer: the sources embed and buttons ride on the last part only.</summary>
internal static class ReplyPayloads
{
    /// <summary>The payload of part <paramref name="index"/> of <paramref name="parts"/>.</summary>
    public static MessagePayload Part(FormattedAnswer answer, IReadOnlyList<string> parts, int index, AllowedMentions mentions)
    {
        var last = index == parts.Count - 1;
        var embeds = last && answer.Sources is { } sources ? [sources] : Array.Empty<Embed>();
        var components = last && answer.Buttons is { } buttons ? [buttons] : Array.Empty<ActionRow>();
        return new MessagePayload
        {
            // Discord rejects an empty message: a part with nothing in it says so instead.
            Content = embeds.Length == 0 && components.Length == 0 ? Text(parts[index]) : parts[index],
            AllowedMentions = mentions,
            Embeds = embeds,
            Components = components,
        };
    }

    /// <summary><paramref name="text"/>, or the fallback when it is empty or only whitespace (Discord rejects an empty message).</summary>
    public static string Text(string? text) => string.IsNullOrWhiteSpace(text) ? BotMessages.EmptyAnswer : text;

    /// <summary>An ephemeral interaction message.</summary>
    public static MessagePayload Ephemeral(string content, IReadOnlyList<Embed>? embeds = null) => new()
    {
        Content = embeds is { Count: > 0 } ? content : Text(content),
        Embeds = embeds,
        Flags = MessageFlags.Ephemeral,
    };
}
