namespace VendorBot.Knowledge.Search;

/// <summary>
/// RM3 pseudo-relevance feedback (Lavrenko and Croft's relevance model, interpolated with the query as in
/// Abdul-Jaleel et al.): P(t|R) = Σ_d w(d)·tf(t,d)/|d| over the top passages, weighted by their normalised scores;
/// the best terms (no stop words, no numbers, no single letters) are mixed with the original query.
/// </summary>
internal static class RelevanceFeedback
{
    /// <summary>Returns the expanded query: term → weight, weights summing to 1.</summary>
    /// <param name="query">Original query terms (stems) with their counts.</param>
    /// <param name="feedback">Top passages: their first-pass score and their terms with counts.</param>
    /// <param name="excluded">Stems never added (stop words).</param>
    /// <param name="options">Number of terms and the feedback share.</param>
    public static Dictionary<string, double> Expand(
        IReadOnlyDictionary<string, double> query,
        IReadOnlyList<(double Score, IReadOnlyDictionary<string, int> Terms)> feedback,
        IReadOnlySet<string> excluded,
        SearchOptions options)
    {
        var queryTotal = query.Values.Sum();
        var expanded = query.ToDictionary(pair => pair.Key, pair => (1 - options.FeedbackWeight) * pair.Value / queryTotal, StringComparer.Ordinal);
        var scoreTotal = feedback.Sum(item => item.Score);
        if (scoreTotal <= 0 || options.FeedbackTerms == 0 || options.FeedbackWeight == 0)
        {
            return query.ToDictionary(pair => pair.Key, pair => pair.Value / queryTotal, StringComparer.Ordinal);
        }

        var relevance = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (score, terms) in feedback)
        {
            var length = (double)terms.Values.Sum();
            if (length == 0)
            {
                continue;
            }

            foreach (var (term, count) in terms)
            {
                if (IsExpansionTerm(term, excluded))
                {
                    relevance[term] = relevance.GetValueOrDefault(term) + (score / scoreTotal * count / length);
                }
            }
        }

        var best = Best(relevance, options.FeedbackTerms);
        var bestTotal = best.Sum(pair => pair.Value);
        foreach (var (term, weight) in best)
        {
            expanded[term] = expanded.GetValueOrDefault(term) + (options.FeedbackWeight * weight / bestTotal);
        }

        return expanded;
    }

    // The count most likely terms, most likely first, ties by term: a bounded insertion instead of sorting every
    // term of the feedback passages (hundreds) to keep ten.
    private static List<KeyValuePair<string, double>> Best(Dictionary<string, double> relevance, int count)
    {
        var best = new List<KeyValuePair<string, double>>(count + 1);
        foreach (var pair in relevance)
        {
            if (best.Count >= count && (count <= 0 || Compare(pair, best[^1]) >= 0))
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && Compare(pair, best[at - 1]) < 0)
            {
                at--;
            }

            best.Insert(at, pair);
            if (best.Count > count)
            {
                best.RemoveAt(count);
            }
        }

        return best;
    }

    private static int Compare(KeyValuePair<string, double> a, KeyValuePair<string, double> b)
    {
        var byValue = b.Value.CompareTo(a.Value);
        return byValue != 0 ? byValue : string.CompareOrdinal(a.Key, b.Key);
    }

    private static bool IsExpansionTerm(string term, IReadOnlySet<string> excluded) =>
        term.Length > 1 && term.AsSpan().ContainsAnyExceptInRange('0', '9') && !excluded.Contains(term);
}
