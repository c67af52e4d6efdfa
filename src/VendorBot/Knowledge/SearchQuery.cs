namespace VendorBot.Knowledge;

/// <summary>
/// What to search for: raw user text (never passed to FTS5 as is), how many hits, and an optional vendor filter: one
/// <paramref name="Vendor"/>, or several <paramref name="Vendors"/> (a passage qualifies when its document is about any of them).
/// </summary>
public sealed record SearchQuery(string Text, int Top = KnowledgeLimits.DefaultTop, string? Vendor = null, IReadOnlyList<string>? Vendors = null)
{
    /// <summary>
    /// Index stems that say the same as the text's words (paraphrases from the lexicon), looked up too, each with its
    /// weight against one word of the text (below 1: the user's own words count most).
    /// </summary>
    public IReadOnlyDictionary<string, double> Expansions { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// Whether each hit gets a highlighted <see cref="SearchHit.Snippet"/> (FTS5 <c>snippet()</c> over the winners, a
    /// third of a search's time); a caller that reads the passages whole (answering) turns it off and gets empty snippets.
    /// </summary>
    public bool Snippets { get; init; } = true;

    /// <summary>The vendor filter as one set (trimmed, blanks dropped); empty when the search is not filtered.</summary>
    public IReadOnlyList<string> VendorFilter() =>
        [.. (Vendors ?? []).Append(Vendor).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
}
