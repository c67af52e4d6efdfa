using System.Collections.Frozen;

namespace VendorBot.Knowledge.Text;

/// <summary>
/// The index's terms (Porter stems) with the number of passages holding each, for correcting typos of words the index
/// has never seen. Terms are kept by first letter (a typo rarely changes it), so a correction reads only the terms
/// that could match. An unseen word is more often a real word the corpus does not use than a typo ("weather" is two
/// edits from "weaker"), so corrections are strict: none for words under six letters, one edit up to eight, two beyond,
/// and only to a term at least two passages hold. Function words and numbers are never a correction.
/// </summary>
internal sealed class TermVocabulary
{
    private const int ShortestTerm = 4;
    private const int ShortestTypo = 6;
    private const int LongestOneEditTypo = 8;
    private const int FewestPassages = 2;
    private static readonly FrozenSet<string> FunctionStems = Stopwords.Words.Select(TextAnalyzer.Stem).ToFrozenSet(StringComparer.Ordinal);
    private readonly FrozenDictionary<char, (string Term, long Passages)[]> _byFirstLetter;

    /// <summary>A vocabulary of <paramref name="terms"/> (stem → passages holding it).</summary>
    public TermVocabulary(IEnumerable<KeyValuePair<string, long>> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        _byFirstLetter = terms
            .Where(t => t.Value >= FewestPassages && t.Key.Length >= ShortestTerm && t.Key.All(char.IsLetter) && !FunctionStems.Contains(t.Key))
            .GroupBy(t => t.Key[0])
            .ToFrozenDictionary(g => g.Key, g => g.Select(t => (t.Key, t.Value)).ToArray());
    }

    /// <summary>A vocabulary with no terms.</summary>
    public static TermVocabulary Empty { get; } = new([]);

    /// <summary>
    /// The term nearest to <paramref name="typed"/> (a word's term as typed, not stemmed) within <see cref="Limit"/>
    /// edits: fewest edits first, then the term most passages hold; null when none is near enough. Stems are compared
    /// with stems, so "surveilance" finds "surveil".
    /// </summary>
    public string? Correct(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var limit = Limit(typed.Length);
        if (limit == 0 || !typed.All(char.IsLetter) || !_byFirstLetter.TryGetValue(typed[0], out var candidates))
        {
            return null;
        }

        var stem = TextAnalyzer.Stem(typed);
        string? best = null;
        var bestDistance = limit + 1;
        var bestPassages = 0L;
        foreach (var (term, passages) in candidates)
        {
            var distance = EditDistance.Between(stem, term, limit);
            if (distance < bestDistance || distance == bestDistance && distance <= limit && passages > bestPassages)
            {
                (best, bestDistance, bestPassages) = (term, distance, passages);
            }
        }

        return bestDistance <= limit && bestDistance > 0 ? best : null;
    }

    /// <summary>The edits a typo of an ordinary word this long may have: none under six letters, one up to eight, two beyond.</summary>
    public static int Limit(int length) => length < ShortestTypo ? 0 : length <= LongestOneEditTypo ? 1 : 2;
}
