using System.Text.RegularExpressions;

namespace VendorBot.Knowledge.Claims;

/// <summary>Turns the words before (or after) a reporting verb into the name of who speaks.</summary>
internal static partial class ClaimActor
{
    private const int MaxAsideCommas = 3;
    private static readonly string[] ClauseBreaks = [",", ";", ":", "(", ")", "“", "”", "\"", "—", " – ", " that ", " which ", " who ", " but ", " because ", " while "];

    /// <summary>The actor named just before the verb, or an empty string when none is.</summary>
    /// <remarks>
    /// Parenthetical asides are skipped ("The Commission (PIPC) said"), an appositive or relative clause between the
    /// name and the verb is stepped over ("Cisco, the networking giant, denied"), a clause opener ends the actor
    /// ("… after Motherboard reported"), and the owner of a statement is its actor ("the Trade Ministry's filing").
    /// </remarks>
    public static string Before(string prefix)
    {
        prefix = Parenthetical().Replace(prefix, string.Empty);
        var actor = Tidy(LastClause(prefix));
        if (actor.Count == 0 && RelativeAntecedent(prefix) is { } antecedent)
        {
            return antecedent;
        }

        if (actor.Count == 0 && SkipAppositive(prefix) is { } beforeAppositive)
        {
            actor = Tidy(LastClause(beforeAppositive));
        }

        return string.Join(' ', Owner(AfterInnerDeterminer(actor)));
    }

    /// <summary>The capitalised name right after an inverted verb ("…, says BES."), or an empty string.</summary>
    public static string After(string suffix)
    {
        var end = suffix.IndexOfAny([',', ';', ':', '.', '(']);
        var words = Words(end < 0 ? suffix : suffix[..end]);
        return words.Count is > 0 and <= ClaimLexicon.MaxActorWords && char.IsUpper(words[0][0]) ? string.Join(' ', words) : string.Empty;
    }

    /// <summary>
    /// Resolves a stand-in ("it", "the company", "the Chinese OEM") to the document's only vendor (or, among several,
    /// <paramref name="lastVendor"/>, the one the text named last before it), "he" or "she" to
    /// <paramref name="previousPerson"/> (the person the passage last quoted), and a bare pronoun or nothing to
    /// <see cref="ClaimLexicon.Unattributed"/>.
    /// </summary>
    public static string Resolve(string actor, IReadOnlyList<string> vendors, string? previousPerson = null, string? lastVendor = null)
    {
        var words = Words(actor);
        if (words.Count == 1 && previousPerson is not null && ClaimLexicon.PersonPronouns.Contains(words[0]))
        {
            return previousPerson;
        }

        if (words.Count == 0 || (words.Count == 1 && ClaimLexicon.Pronouns.Contains(words[0])))
        {
            return ClaimLexicon.Unattributed;
        }

        if (!ClaimLexicon.VendorStandIns.Contains(words[^1]))
        {
            return actor;
        }

        // "the company" is the only vendor, or in a document about several the one named last before it.
        return vendors.Count == 1 ? vendors[0]
            : lastVendor ?? (words.Count == 1 && words[0].Equals("it", StringComparison.OrdinalIgnoreCase) ? ClaimLexicon.Unattributed : actor);
    }

    /// <summary>True when <paramref name="actor"/> names a person or body by name (not a stand-in or pronoun).</summary>
    public static bool IsNamed(string actor, IReadOnlyList<string> vendors)
    {
        var words = Words(actor);
        return words.Count > 0 && char.IsUpper(words[0][0]) && char.IsUpper(words[^1][0]) && !ClaimLexicon.VendorStandIns.Contains(words[^1])
            && !vendors.Contains(actor, StringComparer.OrdinalIgnoreCase) && actor != ClaimLexicon.Unattributed;
    }

    /// <summary>True when <paramref name="text"/> is a pronoun or a stand-in such as "the company" (or empty).</summary>
    public static bool IsStandIn(string text)
    {
        var words = Words(text).Where(w => !ClaimLexicon.LeadingNoise.Contains(w) && !IsAdverb(w)).ToList();
        return words.Count == 0
            || (words.Count == 1 && (ClaimLexicon.Pronouns.Contains(words[0]) || ClaimLexicon.PersonPronouns.Contains(words[0])
                || ClaimLexicon.VendorStandIns.Contains(words[0])))
            || (words.Count <= 3 && ClaimLexicon.VendorStandIns.Contains(words[^1]) && !char.IsUpper(words[^1][0]));
    }

    private static string LastClause(string prefix)
    {
        var cut = ClauseBreaks.Concat(ClaimLexicon.ClauseWords)
            .Select(b => (Index: prefix.LastIndexOf(b, StringComparison.OrdinalIgnoreCase), b.Length))
            .Where(x => x.Index >= 0)
            .Select(x => x.Index + x.Length)
            .DefaultIfEmpty(0)
            .Max();
        return prefix[cut..];
    }

    private static List<string> Tidy(string clause)
    {
        var words = Coordinated(Words(clause));
        while (words.Count > 0 && (ClaimLexicon.TrailingNoise.Contains(words[^1]) || IsAdverb(words[^1])))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count > ClaimLexicon.MaxActorWords)
        {
            // "Judge Kelly Lee Ellerbe of the Fulton County Superior Court" → the name before "of"; else the last words.
            var of = words.FindIndex(w => w is "of" or "for" or "at");
            if (of > 0 && words[..of].All(w => char.IsUpper(w[0])))
            {
                words.RemoveRange(of, words.Count - of);
            }
            else
            {
                words.RemoveRange(0, words.Count - ClaimLexicon.MaxActorWords);
            }
        }

        while (words.Count > 0 && ClaimLexicon.LeadingNoise.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return words;
    }

    // "Xiaomi, which has denied …": the verb of a relative clause belongs to the name before it.
    private static string? RelativeAntecedent(string prefix)
    {
        var relative = RelativeClause().Match(prefix);
        if (!relative.Success || Tidy(prefix[(relative.Index + relative.Length)..]).Count > 0)
        {
            return null;
        }

        var name = Tidy(LastClause(prefix[..relative.Index]));
        return name.Count > 0 ? string.Join(' ', Owner(name)) : null;
    }

    // "Nam Seok, director of the bureau, told" → "Nam Seok": the name before the aside that ends at the last comma. The
    // aside opens with a lower-case word or a determiner ("a 37-year-old from Portland, Oregon,", "who worked …").
    private static string? SkipAppositive(string prefix)
    {
        var commas = new List<int>();
        for (var i = prefix.LastIndexOf(','); i > 0 && commas.Count < MaxAsideCommas + 1; i = prefix.LastIndexOf(',', i - 1))
        {
            commas.Add(i);
        }

        for (var k = 1; k < commas.Count; k++)
        {
            var aside = Words(prefix[(commas[k] + 1)..commas[k - 1]]);
            if (aside.Count > 0 && (char.IsLower(aside[0][0]) || aside[0] is "A" or "An" or "The"))
            {
                var name = Tidy(LastClause(prefix[..commas[k]]));
                return name.Count > 0 && char.IsUpper(name[^1][0]) ? prefix[..commas[k]] : null;
            }
        }

        return null;
    }

    // "The study also examined a phone and found" → "The study": a verb after "and" shares the subject of the clause.
    private static List<string> Coordinated(List<string> words)
    {
        if (words.Count < 2 || words[^1] is not ("and" or "or"))
        {
            return words;
        }

        for (var i = 1; i < words.Count - 1; i++)
        {
            var word = words[i];
            if (ClaimLexicon.TrailingNoise.Contains(word) || IsAdverb(word) || word.EndsWith("ed", StringComparison.Ordinal))
            {
                return words[..i];
            }
        }

        return [];
    }

    // "A week later the government" → "government"; "United States and the United Kingdom" stays whole.
    private static List<string> AfterInnerDeterminer(List<string> words)
    {
        for (var i = words.Count - 2; i >= 1; i--)
        {
            if (words[i] is "the" or "a" or "an" && !char.IsUpper(words[i - 1][0]) && !ClaimLexicon.Prepositions.Contains(words[i - 1]))
            {
                return words[(i + 1)..];
            }
        }

        return words;
    }

    // "Trade Ministry's filing" → "Trade Ministry": a statement's owner speaks through it.
    private static List<string> Owner(List<string> words)
    {
        if (words.Count < 2 || !ClaimLexicon.Statements.Contains(words[^1]))
        {
            return words;
        }

        for (var i = words.Count - 2; i >= 0; i--)
        {
            if (Possessive(words[i]) is { } owner)
            {
                return char.IsUpper(owner[0]) ? [.. words[..i], owner] : words;
            }
        }

        return words;
    }

    private static string? Possessive(string word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) ? word[..^2]
        : word.Length > 1 && word[^1] is '\'' or '’' ? word[..^1]
        : null;

    private static bool IsAdverb(string word) => word.Length > 4 && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase);

    private static List<string> Words(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(TrimWord)
            .Select(w => w.TrimStart('\'', '’'))
            .Where(w => w.Length > 0)
            .ToList();

    // Punctuation off a word's ends, but an abbreviation keeps its last stop ("U.S." stays "U.S.", "said." is "said").
    private static string TrimWord(string word)
    {
        var trimmed = word.Trim(',', '!', '?', '-', '—', '–');
        var bare = trimmed.Trim('.');
        return trimmed.EndsWith('.') && bare.Contains('.', StringComparison.Ordinal) ? bare + "." : bare;
    }

    [GeneratedRegex(@",\s+(?:which|who)\s+(?!.*,\s+(?:which|who)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"\s*\([^()]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthetical();
}
