using VendorBot.Knowledge;
using VendorBot.Knowledge.Text;

namespace VendorBot.Answering.Extractive;

/// <summary>A sentence of a retrieved passage with its relevance to the question.</summary>
/// <param name="Hit">The passage it comes from.</param>
/// <param name="Rank">The passage's rank in the evidence (0 = best).</param>
/// <param name="Span">Where the sentence is in the passage text.</param>
/// <param name="Text">The sentence, verbatim.</param>
/// <param name="Score">Its relevance: the weights of the question's words it contains, plus the facets asked it serves.</param>
/// <param name="Stems">The stems of its words.</param>
internal sealed record ScoredSentence(SearchHit Hit, int Rank, TextSpan Span, string Text, double Score, IReadOnlySet<string> Stems)
{
    /// <summary>The weights of the question's words (and paraphrases) it contains.</summary>
    public double TopicScore { get; init; }

    /// <summary>The facets of an answer this sentence serves (a response, an outcome, an amount, ...).</summary>
    public SentenceFacets Facets { get; init; }

    /// <summary>True when it names a vendor the question asks about.</summary>
    public bool NamesEntity { get; init; }

    /// <summary>True when it is its document's first sentence, the lede that states a news report's news.</summary>
    public bool IsLede => Hit.Passage.Ordinal == 0 && Span.Start == 0;
}
