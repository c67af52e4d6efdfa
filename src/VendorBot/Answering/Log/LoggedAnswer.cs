namespace VendorBot.Answering.Log;

/// <summary>An answer as the answers log keeps it, with copies of its cited passages (valid after any reindex).</summary>
/// <param name="AnswerId">The answer reference.</param>
/// <param name="CreatedAt">When it was answered.</param>
/// <param name="Question">The question as asked.</param>
/// <param name="Text">The answer text with <c>[n]</c> markers.</param>
/// <param name="Mode">How it was composed.</param>
/// <param name="ModeReason">Why that mode.</param>
/// <param name="ChannelId">The Discord channel, when asked on Discord.</param>
/// <param name="MessageId">The Discord message carrying the answer, once known.</param>
/// <param name="Sources">The citations by number, each with the copied passage text.</param>
public sealed record LoggedAnswer(
    string AnswerId,
    DateTimeOffset CreatedAt,
    string Question,
    string Text,
    AnswerMode Mode,
    string? ModeReason,
    string? ChannelId,
    string? MessageId,
    IReadOnlyList<Citation> Sources);
