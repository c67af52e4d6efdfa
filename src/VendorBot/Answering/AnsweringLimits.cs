namespace VendorBot.Answering;

/// <summary>Numbers the answering pipeline is built around, in one place.</summary>
public static class AnsweringLimits
{
    /// <summary>Longest question accepted, in characters; longer ones get a clear error.</summary>
    public const int MaxQuestionLength = 10_000;

    /// <summary>
    /// Passages retrieved for a question: the evidence the relevance gate judges, the model sees and the composer quotes.
    /// Deep enough that a story told by several sources brings each source's passage with its news (the newest
    /// source's lede ranked 9th for a "where does it stand now" question at 8).
    /// </summary>
    public const int RetrievedPassages = 10;

    /// <summary>Most sentences the extractive composer quotes.</summary>
    public const int MaxQuotedSentences = 3;

    /// <summary>Most sentences quoted from one document, so an answer that needs two documents gets them.</summary>
    public const int MaxSentencesPerDocument = 2;

    /// <summary>Two sentences sharing at least this share of their stems (Jaccard) say the same thing: one is quoted.</summary>
    public const double DuplicateSimilarity = 0.6;

    /// <summary>What serving a facet the question asks (a response, an outcome, an amount) adds to a sentence's score, as a share of the weightiest question word.</summary>
    public const double FacetBonusShare = 1.0;

    /// <summary>A sentence's score falls by this share per rank of its passage, so the better passage wins a tie.</summary>
    public const double RankDecay = 0.04;

    /// <summary>A further sentence is quoted only when it scores at least this share of the best sentence's score.</summary>
    public const double SecondarySentenceShare = 0.5;

    /// <summary>
    /// Share of the question's idf-weighted content that the evidence must cover before anything is answered.
    /// Below it the sources do not cover the question.
    /// </summary>
    public const double MinimumCoverage = 0.6;

    /// <summary>
    /// What a lexicon paraphrase of a question word is worth against the word itself, in search, in the relevance
    /// gate's coverage and in the composer's sentence scores: always below the user's own words.
    /// </summary>
    public const double ParaphraseCredit = 0.6;

    /// <summary>The weight the lexicon paraphrases of one question word share in search, against the word's own 1.</summary>
    public const double ExpansionWeight = 0.5;

    /// <summary>Search weight of the index term a typo is corrected to, below the user's own words (1).</summary>
    public const double CorrectionWeight = 0.8;

    /// <summary>Length of an answer id (also shown to users as the answer reference).</summary>
    public const int AnswerIdLength = 10;

    /// <summary>Prior turns of a conversation used to condense a follow-up.</summary>
    public const int MaxHistoryTurns = 6;
}
