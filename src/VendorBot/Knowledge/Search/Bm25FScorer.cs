namespace VendorBot.Knowledge.Search;

/// <summary>
/// BM25F (Robertson and Zaragoza): each column's term frequency is length-normalised against that column's average
/// and weighted, the weighted sum is saturated once with k1, and multiplied by the term's idf and query weight.
/// Unlike summing a BM25 per column, a term repeated in title and body is not rewarded twice.
/// </summary>
internal sealed class Bm25FScorer(SearchOptions options, IndexStatistics statistics)
{
    private readonly FieldCounts _average = statistics.AverageLengths;

    /// <summary>Lucene's idf, <c>ln(1 + (N − df + 0.5) / (df + 0.5))</c>: always positive.</summary>
    public double Idf(long documentFrequency)
    {
        var n = Math.Max(statistics.PassageCount, documentFrequency);
        return Math.Log(1 + ((n - documentFrequency + 0.5) / (documentFrequency + 0.5)));
    }

    /// <summary>Scores one passage: <paramref name="weights"/> maps each term to its query weight times idf.</summary>
    public double Score(IReadOnlyDictionary<string, FieldCounts>? frequencies, FieldCounts length, IReadOnlyDictionary<string, double> weights)
    {
        if (frequencies is null)
        {
            return 0;
        }

        var score = 0.0;
        foreach (var (term, weight) in weights)
        {
            if (!frequencies.TryGetValue(term, out var tf))
            {
                continue;
            }

            var pseudoFrequency =
                (options.TitleWeight * tf.Title / Normaliser(length.Title, _average.Title))
                + (options.HeadingWeight * tf.Heading / Normaliser(length.Heading, _average.Heading))
                + (options.BodyWeight * tf.Body / Normaliser(length.Body, _average.Body));
            score += weight * pseudoFrequency * (options.K1 + 1) / (options.K1 + pseudoFrequency);
        }

        return score;
    }

    private double Normaliser(double length, double average) =>
        average <= 0 ? 1 : 1 - options.B + (options.B * length / average);
}
