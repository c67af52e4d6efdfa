using VendorBot.Knowledge;
using VendorBot.Knowledge.Text;

namespace VendorBot.Answering.Extractive;

/// <summary>A sentence of a retrieved passage with its relevance to the question.</summary>
/// <param name="Hit">The passage it comes from.</param>
/// <param name="Rank">The passage's rank in the search results (0 = best).</param>
/// <param name="Span">Where the sentence is in the passage text.</param>
/// <param name="Text">The sentence, verbatim.</param>
/// <param name="Score">Sum of the weights of the question's content words it contains.</param>
/// <param name="Stems">The stems of its words.</param>
internal sealed record ScoredSentence(SearchHit Hit, int Rank, TextSpan Span, string Text, double Score, IReadOnlySet<string> Stems);
