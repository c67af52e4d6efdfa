using VendorBot.Knowledge;

namespace VendorBot.Answering.Relevance;

/// <summary>Whether the evidence covers the question, why, and what to answer from.</summary>
/// <param name="IsCovered">True when the evidence is relevant enough to answer from.</param>
/// <param name="Reason">A short explanation, shown in the "not covered" answer and logged.</param>
/// <param name="Coverage">The idf-weighted share of the question's content covered by the evidence (0..1).</param>
/// <param name="TermWeights">Weight of each content stem of the question (paraphrases lower); the composer scores sentences with them.</param>
internal sealed record RelevanceVerdict(bool IsCovered, string Reason, double Coverage, IReadOnlyDictionary<string, double> TermWeights)
{
    /// <summary>The passages about the vendors asked, best first: the evidence to answer from (all hits when none is named).</summary>
    public IReadOnlyList<SearchHit> Evidence { get; init; } = [];

    /// <summary>When the bot refuses whatever the sources say, the refusal to give instead of "not covered".</summary>
    public string? Refusal { get; init; }
}
