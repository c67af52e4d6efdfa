using System.ComponentModel.DataAnnotations;

namespace VendorBot.Knowledge.Search;

/// <summary>
/// Ranking settings (section <c>Knowledge:Search</c>). The defaults were chosen on principles (BM25F for short passages,
/// RM3 feedback as in the IR literature) and are the same for every collection.
/// </summary>
public sealed class SearchOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Knowledge:Search";

    /// <summary>Weight of the document title column. <value>Default 2; 0–20.</value></summary>
    [Range(0.0, 20.0)]
    public double TitleWeight { get; set; } = 2.0;

    /// <summary>Weight of the heading path column. <value>Default 1; 0–20.</value></summary>
    [Range(0.0, 20.0)]
    public double HeadingWeight { get; set; } = 1.0;

    /// <summary>Weight of the passage body column. <value>Default 1; 0.01–20.</value></summary>
    [Range(0.01, 20.0)]
    public double BodyWeight { get; set; } = 1.0;

    /// <summary>BM25 term-frequency saturation. <value>Default 1.2; 0–5.</value></summary>
    [Range(0.0, 5.0)]
    public double K1 { get; set; } = 1.2;

    /// <summary>BM25 length normalisation. <value>Default 0.75; 0–1.</value></summary>
    [Range(0.0, 1.0)]
    public double B { get; set; } = 0.75;

    /// <summary>
    /// Passages fetched from FTS5 and re-scored (at least the number of hits asked for). Re-scoring counts the terms of
    /// every pooled passage not already cached, so its cost grows with the pool. <value>Default 100; 10–2000.</value>
    /// </summary>
    [Range(10, SearchLimits.MaxCandidatePool)]
    public int CandidatePool { get; set; } = 100;

    /// <summary>
    /// Postings the candidate query may walk: terms join the FTS5 query rarest first while their summed document
    /// frequencies fit (the rarest always joins); commoner terms still count when candidates are re-scored. Bounds the
    /// cost on large indexes, where FTS5 would otherwise score every passage containing "flow" or "system".
    /// <value>Default 5,000; 1,000–100,000,000.</value>
    /// </summary>
    [Range(1_000, 100_000_000)]
    public int CandidatePostingBudget { get; set; } = 5_000;

    /// <summary>Top passages used for relevance feedback; 0 turns feedback off. <value>Default 10; 0–50.</value></summary>
    [Range(0, 50)]
    public int FeedbackPassages { get; set; } = 10;

    /// <summary>Expansion terms added by relevance feedback. <value>Default 10; 0–50.</value></summary>
    [Range(0, 50)]
    public int FeedbackTerms { get; set; } = 10;

    /// <summary>Share of the expanded query given to feedback terms (RM3's 1 − λ). <value>Default 0.5; 0–1.</value></summary>
    [Range(0.0, 1.0)]
    public double FeedbackWeight { get; set; } = 0.5;
}
