namespace VendorBot.Answering.Log;

/// <summary>
/// A question of the answers log as the insights read it: what was asked, whether it was answered (an answer cites at
/// least one source; a decline cites none), the sources cited, and the votes. Nothing beyond what the log keeps.
/// </summary>
/// <param name="AnswerId">The answer reference.</param>
/// <param name="CreatedAt">When it was answered.</param>
/// <param name="Question">The question as asked.</param>
/// <param name="StandaloneQuestion">The question rewritten without the conversation, when it differs or is known.</param>
/// <param name="Text">The answer text (a decline says why).</param>
/// <param name="GuildId">The Discord server it was asked in, when asked on Discord.</param>
/// <param name="Sources">The sources cited, by number (empty for a decline).</param>
/// <param name="Feedback">The votes on the answer.</param>
public sealed record LoggedQuestion(
    string AnswerId,
    DateTimeOffset CreatedAt,
    string Question,
    string? StandaloneQuestion,
    string Text,
    string? GuildId,
    IReadOnlyList<LoggedSource> Sources,
    FeedbackTally Feedback)
{
    /// <summary>True when the answer cites a source (the pipeline's <see cref="AnswerOutcome.Answered"/>).</summary>
    public bool Answered => Sources.Count > 0;
}

/// <summary>A cited source of a logged answer, without the copied passage text.</summary>
/// <param name="Number">The <c>[n]</c> in the answer.</param>
/// <param name="DocumentId">The document's id when it was cited.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Publisher">Its publisher, when known.</param>
/// <param name="Url">Its address, when known.</param>
public sealed record LoggedSource(int Number, string DocumentId, string Title, string? Publisher, string? Url);
