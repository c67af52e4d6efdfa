using System.Collections.Concurrent;

namespace VendorBot.Knowledge.Search;

/// <summary>
/// Computes in C# exactly the terms the index's <c>porter unicode61 remove_diacritics 2</c> tokenizer produces
/// (<see cref="QueryTokenizer"/> then <see cref="Fts5PorterStemmer"/>), so candidates can be counted without
/// asking SQLite to tokenize them again. Stems are memoised (bounded): words repeat across passages and queries.
/// </summary>
internal static class IndexTerms
{
    private const int MaxMemoisedStems = 200_000;
    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);

    /// <summary>The index term of one token.</summary>
    public static string Stem(string token)
    {
        if (Stems.TryGetValue(token, out var stem))
        {
            return stem;
        }

        stem = Fts5PorterStemmer.Stem(token);
        if (Stems.Count < MaxMemoisedStems)
        {
            Stems.TryAdd(token, stem);
        }

        return stem;
    }

    /// <summary>The index terms of <paramref name="text"/> in order (duplicates kept).</summary>
    public static IEnumerable<string> Of(string? text) => QueryTokenizer.Tokenize(text).Select(Stem);

    /// <summary>Counts the terms of a candidate passage per column, as FTS5 would index it.</summary>
    public static PassageTerms Count(CandidateText candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var counts = new Dictionary<string, FieldCounts>(StringComparer.Ordinal);
        var title = AddColumn(counts, candidate.Title, Column.Title);
        var heading = AddColumn(counts, candidate.HeadingPath, Column.Heading);
        var body = AddColumn(counts, candidate.Body, Column.Body);
        return new PassageTerms(counts, new FieldCounts(title, heading, body));
    }

    private static int AddColumn(Dictionary<string, FieldCounts> counts, string text, Column column)
    {
        var tokens = 0;
        foreach (var term in Of(text))
        {
            tokens++;
            var current = counts.GetValueOrDefault(term);
            counts[term] = column switch
            {
                Column.Title => current with { Title = current.Title + 1 },
                Column.Heading => current with { Heading = current.Heading + 1 },
                _ => current with { Body = current.Body + 1 },
            };
        }

        return tokens;
    }

    private enum Column
    {
        Title,
        Heading,
        Body,
    }
}
