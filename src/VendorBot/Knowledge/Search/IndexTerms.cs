using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using VendorBot.Knowledge.Text;

namespace VendorBot.Knowledge.Search;

/// <summary>
/// Computes in C# exactly the terms the index's <c>porter unicode61 remove_diacritics 2</c> tokenizer produces
/// (<see cref="TextAnalyzer"/>), so candidates can be counted without
/// asking SQLite to tokenize them again. Stems are memoised (bounded): words repeat across passages and queries.
/// ASCII text (almost all of it) takes a fast path that looks tokens up by span without allocating them.
/// </summary>
internal static class IndexTerms
{
    private const int MaxStackToken = 64;
    private const int MaxMemoisedStems = 200_000;
    private static readonly ConcurrentDictionary<string, string> AsciiStems = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> StemsBySpan =
        AsciiStems.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The index term of one token (<see cref="TextAnalyzer.Stem"/>).</summary>
    public static string Stem(string token) => TextAnalyzer.Stem(token);

    /// <summary>The index terms of <paramref name="text"/> in order (duplicates kept).</summary>
    public static IEnumerable<string> Of(string? text) => TextAnalyzer.Terms(text).Select(Stem);

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
        if (!Ascii.IsValid(text))
        {
            var all = 0;
            foreach (var term in Of(text))
            {
                all++;
                Increment(counts, term, column);
            }

            return all;
        }

        var tokens = 0;
        Span<char> lowered = stackalloc char[MaxStackToken];
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (!char.IsAsciiLetterOrDigit(span[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < span.Length && char.IsAsciiLetterOrDigit(span[i]))
            {
                i++;
            }

            var token = span[start..i];
            tokens++;
            var buffer = token.Length <= MaxStackToken ? lowered : new char[token.Length];
            Ascii.ToLower(token, buffer, out var written);
            Increment(counts, StemOf(buffer[..written]), column);
        }

        return tokens;
    }

    private static string StemOf(ReadOnlySpan<char> token)
    {
        if (StemsBySpan.TryGetValue(token, out var stem))
        {
            return stem;
        }

        var text = token.ToString();
        stem = TextAnalyzer.Stem(text);
        if (AsciiStems.Count < MaxMemoisedStems)
        {
            AsciiStems.TryAdd(text, stem);
        }

        return stem;
    }

    private static void Increment(Dictionary<string, FieldCounts> counts, string term, Column column)
    {
        ref var current = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _);
        current = column switch
        {
            Column.Title => current with { Title = current.Title + 1 },
            Column.Heading => current with { Heading = current.Heading + 1 },
            _ => current with { Body = current.Body + 1 },
        };
    }

    private enum Column
    {
        Title,
        Heading,
        Body,
    }
}
