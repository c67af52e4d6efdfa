namespace VendorBot.Knowledge.Search.Evaluation;

/// <summary>
/// nDCG@10 (graded gains, trec_eval style), Recall@100 and MRR@10, computed exactly as <c>shared/tools/beir_eval.py</c>:
/// a run is ordered by score, ties by document id descending; a judged query without results scores 0.
/// </summary>
internal sealed record RetrievalMetrics(double NdcgAt10, double RecallAt100, double MrrAt10, int Queries)
{
    private const int CutOff = 10;
    private const int RecallDepth = 100;

    /// <summary>Scores <paramref name="run"/> (query id → ranked documents) against <paramref name="judgements"/>.</summary>
    public static RetrievalMetrics Evaluate(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> judgements,
        IReadOnlyDictionary<string, IReadOnlyList<RankedDocument>> run)
    {
        double ndcg = 0, recall = 0, mrr = 0;
        foreach (var (queryId, relevant) in judgements)
        {
            var ranked = run.TryGetValue(queryId, out var documents) ? Order(documents) : [];
            ndcg += Ndcg(ranked, relevant);
            recall += (double)ranked.Take(RecallDepth).Count(relevant.ContainsKey) / relevant.Count;
            var first = ranked.Take(CutOff).ToList().FindIndex(relevant.ContainsKey);
            mrr += first < 0 ? 0 : 1.0 / (first + 1);
        }

        var count = judgements.Count;
        return count == 0 ? new RetrievalMetrics(0, 0, 0, 0) : new RetrievalMetrics(ndcg / count, recall / count, mrr / count, count);
    }

    private static List<string> Order(IReadOnlyList<RankedDocument> documents) =>
        [.. documents
            .GroupBy(document => document.DocumentId, StringComparer.Ordinal)
            .Select(group => new RankedDocument(group.Key, group.Max(document => document.Score)))
            .OrderByDescending(document => document.Score)
            .ThenByDescending(document => document.DocumentId, StringComparer.Ordinal)
            .Select(document => document.DocumentId)];

    private static double Ndcg(List<string> ranked, IReadOnlyDictionary<string, int> relevant)
    {
        var dcg = ranked.Take(CutOff).Select((id, i) => relevant.GetValueOrDefault(id) / Math.Log2(i + 2)).Sum();
        var ideal = relevant.Values.OrderDescending().Take(CutOff).Select((grade, i) => grade / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }
}
