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

        var best = relevance.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(options.FeedbackTerms).ToList();
        var bestTotal = best.Sum(pair => pair.Value);
        foreach (var (term, weight) in best)
        {
            expanded[term] = expanded.GetValueOrDefault(term) + (options.FeedbackWeight * weight / bestTotal);
        }

        return expanded;
    }

    private static bool IsExpansionTerm(string term, IReadOnlySet<string> excluded) =>
        term.Length > 1 && !excluded.Contains(term) && !term.All(char.IsAsciiDigit);
}
