namespace VendorBot.Knowledge.Search.Evaluation;

/// <summary>
/// Turns passage hits into a document ranking. A document scores as its best passage (MaxP, Dai and Callan 2019):
/// the evidence for relevance is usually local, and summing would favour long documents split into many passages.
/// </summary>
internal static class DocumentRanking
{
    /// <summary>Best passage score per document, best first (ties by document id descending, like trec_eval), at most <paramref name="top"/>.</summary>
    public static IReadOnlyList<RankedDocument> FromPassages(IEnumerable<RankedDocument> passages, int top) =>
        [.. passages
            .GroupBy(passage => passage.DocumentId, StringComparer.Ordinal)
            .Select(group => new RankedDocument(group.Key, group.Max(passage => passage.Score)))
            .OrderByDescending(document => document.Score)
            .ThenByDescending(document => document.DocumentId, StringComparer.Ordinal)
            .Take(top)];
}
