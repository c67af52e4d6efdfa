namespace VendorBot.Answering;

/// <summary>A composed answer, as logged and returned.</summary>
/// <param name="AnswerId">Short id (<see cref="AnsweringLimits.AnswerIdLength"/> characters) used as the answer reference.</param>
/// <param name="Question">The question as asked.</param>
/// <param name="StandaloneQuestion">The question rewritten without the conversation (equal to the question when no history).</param>
/// <param name="Text">The answer text with <c>[n]</c> markers.</param>
/// <param name="Citations">What each marker points to, by number.</param>
/// <param name="Outcome">Answered, not covered by the sources, or an invalid question.</param>
/// <param name="Mode">Model, extractive, or fallback.</param>
/// <param name="ModeReason">Why this mode (e.g. "no model configured", "the model timed out").</param>
/// <param name="Timings">Retrieval and composition times.</param>
public sealed record AnswerResult(
    string AnswerId,
    string Question,
    string StandaloneQuestion,
    string Text,
    IReadOnlyList<Citation> Citations,
    AnswerOutcome Outcome,
    AnswerMode Mode,
    string ModeReason,
    AnswerTimings Timings);
