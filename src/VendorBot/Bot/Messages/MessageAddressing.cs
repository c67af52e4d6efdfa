using System.Globalization;
using VendorBot.Discord.Entities;

namespace VendorBot.Bot.Messages;

/// <summary>
/// Decides whether a message is a question for the bot: a DM, an @mention, a reply to the bot, or a message in a thread
/// the bot is in, or any message in a channel set to auto-answer. Messages from bots (the bot itself included) and guild
/// messages that do none of these are ignored.
/// </summary>
internal static class MessageAddressing
{
    /// <summary>
    /// The question in <paramref name="message"/>, or null when it does not address the bot. With
    /// <paramref name="autoAnswer"/> (the channel's setting), any non-empty guild message is a question.
    /// </summary>
    public static AddressedQuestion? Classify(Message message, Snowflake botUserId, Func<Snowflake, bool> isBotThread, bool autoAnswer = false)
    {
        if (message.Author.Bot || message.Author.Id == botUserId || message.Type is not (MessageType.Default or MessageType.Reply))
        {
            return null;
        }

        AddressKind? kind = message switch
        {
            { GuildId: null } => AddressKind.DirectMessage,
            _ when message.Mentions.Any(u => u.Id == botUserId) || StripMentions(message.Content, botUserId) != message.Content.Trim() => AddressKind.Mention,
            { ReferencedMessage.Author.Id: var author } when author == botUserId => AddressKind.Reply,
            _ when isBotThread(message.ChannelId) => AddressKind.Thread,
            _ when autoAnswer && !string.IsNullOrWhiteSpace(message.Content) => AddressKind.Auto,
            _ => null,
        };
        return kind is { } k ? new AddressedQuestion(message, StripMentions(message.Content, botUserId), k) : null;
    }

    /// <summary>The text without <c>&lt;@id&gt;</c> / <c>&lt;@!id&gt;</c> tokens for the bot, whitespace collapsed at the ends.</summary>
    public static string StripMentions(string content, Snowflake botUserId)
    {
        var id = botUserId.Value.ToString(CultureInfo.InvariantCulture);
        return content
            .Replace("<@" + id + ">", " ", StringComparison.Ordinal)
            .Replace("<@!" + id + ">", " ", StringComparison.Ordinal)
            .Trim();
    }
}
