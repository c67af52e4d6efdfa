namespace VendorBot.Knowledge.Search;

/// <summary>
/// The index terms of one passage as FTS5 stores them: per-term counts per column and the token count per column
/// (what FTS5's docsize record holds).
/// </summary>
internal sealed record PassageTerms(IReadOnlyDictionary<string, FieldCounts> Counts, FieldCounts Lengths)
{
    private IReadOnlyDictionary<string, int>? _totals;

    /// <summary>
    /// Every term with its count summed over the columns; computed once, as the cache hands the same passage to
    /// query after query (two threads may both compute it: the results are equal).
    /// </summary>
    public IReadOnlyDictionary<string, int> Totals() =>
        _totals ??= Counts.ToDictionary(pair => pair.Key, pair => (int)(pair.Value.Title + pair.Value.Heading + pair.Value.Body), StringComparer.Ordinal);
}
