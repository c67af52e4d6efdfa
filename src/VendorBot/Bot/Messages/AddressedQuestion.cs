using VendorBot.Discord.Entities;

namespace VendorBot.Bot.Messages;

/// <summary>Why a message counts as a question to the bot.</summary>
internal enum AddressKind
{
    /// <summary>The message @mentions the bot.</summary>
    Mention,

    /// <summary>The message replies to one of the bot's messages.</summary>
    Reply,

    /// <summary>The message is in a thread the bot is in.</summary>
    Thread,

    /// <summary>The message is a direct message.</summary>
    DirectMessage,

    /// <summary>The message is in a channel (or a thread under one) whose settings treat every message as a question.</summary>
    Auto,
}

/// <summary>A message that addresses the bot, with the question text (bot mentions removed).</summary>
/// <param name="Message">The message as delivered.</param>
/// <param name="Question">The text with the bot's mention tokens removed, trimmed (may be empty).</param>
/// <param name="Kind">How it addressed the bot.</param>
internal sealed record AddressedQuestion(Message Message, string Question, AddressKind Kind);
