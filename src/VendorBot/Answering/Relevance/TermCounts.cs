namespace VendorBot.Answering.Relevance;

/// <summary>Passage count and document frequency per word (by the word as asked, lower-case).</summary>
public sealed record TermCounts(long PassageCount, IReadOnlyDictionary<string, long> DocumentFrequency);
