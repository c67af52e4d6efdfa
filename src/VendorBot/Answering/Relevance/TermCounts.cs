namespace VendorBot.Answering.Relevance;

/// <summary>Passage count and document frequency per Porter stem.</summary>
internal sealed record TermCounts(long PassageCount, IReadOnlyDictionary<string, long> DocumentFrequency);
