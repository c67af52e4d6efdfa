using VendorBot.Knowledge.Text;

namespace VendorBot.Knowledge.Search;

/// <summary>
/// Turns user text into a safe FTS5 expression. The text is tokenized like the index (so FTS5 syntax such as
/// <c>AND</c>, <c>NEAR(</c>, <c>title:</c>, <c>"</c>, <c>*</c>, <c>^</c>, <c>-</c> is just separators or words),
/// stop words are dropped unless nothing else is left, and each remaining term is a double-quoted string joined by
/// <c>OR</c>. A quoted string is always a plain phrase to FTS5, so no input can change the query's structure.
/// </summary>
internal static class FtsQueryBuilder
{
    /// <summary>Builds the query; never throws.</summary>
    public static FtsQuery Build(string? text) => FromTokens(TextAnalyzer.Terms(text));

    /// <summary>An OR of <paramref name="terms"/> (tokens as the tokenizer produced them), each a quoted string.</summary>
    public static string ToExpression(IEnumerable<string> terms) =>
        string.Join(" OR ", terms.Select(term => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    private static FtsQuery FromTokens(IReadOnlyList<string> tokens)
    {
        var usable = tokens.Where(token => token.Length <= SearchLimits.MaxTermLength).ToList();
        if (usable.Exists(token => !Stopwords.Words.Contains(token)))
        {
            usable.RemoveAll(Stopwords.Words.Contains);
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        foreach (var token in usable)
        {
            if (counts.TryGetValue(token, out var count))
            {
                counts[token] = count + 1;
            }
            else if (terms.Count < SearchLimits.MaxQueryTerms)
            {
                counts[token] = 1;
                terms.Add(token);
            }
        }

        return new FtsQuery(terms, terms.ConvertAll(term => counts[term]), ToExpression(terms));
    }
}
