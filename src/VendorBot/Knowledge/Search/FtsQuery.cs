namespace VendorBot.Knowledge.Search;

/// <summary>A safe FTS5 query built from user text.</summary>
/// <param name="Terms">The distinct query terms (lower case, diacritics removed), in first-seen order.</param>
/// <param name="TermCounts">How often each term occurred in the text (the query-term weight).</param>
/// <param name="Expression">The FTS5 <c>MATCH</c> expression: every term a quoted string, joined by <c>OR</c>; empty when there are no terms.</param>
internal sealed record FtsQuery(IReadOnlyList<string> Terms, IReadOnlyList<int> TermCounts, string Expression)
{
    /// <summary>True when the text held no searchable term (empty, only punctuation or operators).</summary>
    public bool IsEmpty => Terms.Count == 0;
}
