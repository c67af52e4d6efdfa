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
        return new MessagePayload
        {
            Content = parts[index],
            AllowedMentions = mentions,
            Embeds = last && answer.Sources is { } sources ? [sources] : [],
            Components = last && answer.Buttons is { } buttons ? [buttons] : [],
        };
    }

    /// <summary>An ephemeral interaction message.</summary>
    public static MessagePayload Ephemeral(string content, IReadOnlyList<Embed>? embeds = null) => new()
    {
        Content = content,
        Embeds = embeds,
        Flags = MessageFlags.Ephemeral,
    };
}
