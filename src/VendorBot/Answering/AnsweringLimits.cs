namespace VendorBot.Answering;

/// <summary>Numbers the answering pipeline is built around, in one place.</summary>
public static class AnsweringLimits
{
    /// <summary>Longest question accepted, in characters; longer ones get a clear error.</summary>
    public const int MaxQuestionLength = 10_000;

    /// <summary>Passages retrieved for a question: the evidence the relevance gate judges, the model sees and the composer quotes.</summary>
    public const int RetrievedPassages = 5;

    /// <summary>Most sentences the extractive composer quotes.</summary>
    public const int MaxQuotedSentences = 3;

    /// <summary>A further sentence is quoted only when it scores at least this share of the best sentence's score.</summary>
    public const double SecondarySentenceShare = 0.5;

    /// <summary>
    /// Share of the question's idf-weighted content that the evidence must cover before anything is answered.
    /// Below it the sources do not cover the question.
    /// </summary>
    public const double MinimumCoverage = 0.6;

    /// <summary>Length of an answer id (also shown to users as the answer reference).</summary>
    public const int AnswerIdLength = 10;

    /// <summary>Prior turns of a conversation used to condense a follow-up.</summary>
    public const int MaxHistoryTurns = 6;
}
