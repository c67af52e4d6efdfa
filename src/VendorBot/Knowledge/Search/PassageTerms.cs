namespace VendorBot.Knowledge.Search;

/// <summary>
/// The index terms of one passage as FTS5 stores them: per-term counts per column and the token count per column
/// (what FTS5's docsize record holds).
/// </summary>
internal sealed record PassageTerms(IReadOnlyDictionary<string, FieldCounts> Counts, FieldCounts Lengths)
{
    /// <summary>Every term with its count summed over the columns.</summary>
    public IReadOnlyDictionary<string, int> Totals() =>
        Counts.ToDictionary(pair => pair.Key, pair => (int)(pair.Value.Title + pair.Value.Heading + pair.Value.Body), StringComparer.Ordinal);
}
