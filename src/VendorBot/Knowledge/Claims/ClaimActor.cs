namespace VendorBot.Knowledge.Claims;

/// <summary>Turns the words before (or after) a reporting verb into the name of who speaks.</summary>
internal static class ClaimActor
{
    private static readonly string[] ClauseBreaks = [",", ";", ":", "(", ")", "“", "”", "\"", " that ", " which ", " who ", " but ", " because ", " while "];

    /// <summary>The actor named just before the verb, or an empty string when none is.</summary>
    public static string Before(string prefix)
    {
        var cut = ClauseBreaks.Select(b => (Index: prefix.LastIndexOf(b, StringComparison.OrdinalIgnoreCase), b.Length))
            .Where(x => x.Index >= 0)
            .Select(x => x.Index + x.Length)
            .DefaultIfEmpty(0)
            .Max();
        var words = Words(prefix[cut..]);
        while (words.Count > 0 && (ClaimLexicon.TrailingNoise.Contains(words[^1]) || IsAdverb(words[^1])))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count > ClaimLexicon.MaxActorWords)
        {
            words.RemoveRange(0, words.Count - ClaimLexicon.MaxActorWords);
        }

        while (words.Count > 0 && ClaimLexicon.LeadingNoise.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }

    /// <summary>The capitalised name right after an inverted verb ("…, says BES."), or an empty string.</summary>
    public static string After(string suffix)
    {
        var end = suffix.IndexOfAny([',', ';', ':', '.', '(']);
        var words = Words(end < 0 ? suffix : suffix[..end]);
        return words.Count is > 0 and <= ClaimLexicon.MaxActorWords && char.IsUpper(words[0][0]) ? string.Join(' ', words) : string.Empty;
    }

    /// <summary>
    /// Resolves a stand-in ("it", "the company", "the Chinese OEM") to the document's only vendor, and a bare pronoun
    /// or nothing to <see cref="ClaimLexicon.Unattributed"/>.
    /// </summary>
    public static string Resolve(string actor, IReadOnlyList<string> vendors)
    {
        var words = Words(actor);
        if (words.Count == 0 || (words.Count == 1 && ClaimLexicon.Pronouns.Contains(words[0])))
        {
            return ClaimLexicon.Unattributed;
        }

        return vendors.Count == 1 && ClaimLexicon.VendorStandIns.Contains(words[^1]) ? vendors[0] : actor;
    }

    private static bool IsAdverb(string word) => word.Length > 4 && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase);

    private static List<string> Words(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.Trim('.', ',', '!', '?', '\'', '’', '-', '—', '–'))
            .Where(w => w.Length > 0)
            .ToList();
}
