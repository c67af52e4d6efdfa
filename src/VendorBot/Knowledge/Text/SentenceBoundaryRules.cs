using System.Collections.Frozen;

namespace VendorBot.Knowledge.Text;

/// <summary>Decides whether a run of stop characters ends a sentence (abbreviations, initials, numbers, what follows).</summary>
internal static class SentenceBoundaryRules
{
    // Abbreviations that stand before a name or a number: never the end of a sentence. "v" and "vs" join the parties
    // of a case name ("Doe v. Acme Corp.", "U.S. v. Huawei").
    private static readonly FrozenSet<string> NeverFinal = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "rev",
        "hon", "mt", "ft", "e.g", "i.e", "cf", "viz", "v", "vs", "approx", "ca");

    // Abbreviations before a number ("No. 5", "p. 12").
    private static readonly FrozenSet<string> BeforeNumbers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "no", "nos", "vol", "p", "pp", "art", "fig", "ch", "sec", "para");

    // Abbreviations that may end a sentence ("in the U.S. The ..."): final only when a usual sentence opener follows.
    // Company forms and the abbreviations of case citations ("Smith et al.", "2d Cir.", "F. Supp.") are among them.
    private static readonly FrozenSet<string> Ambiguous = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "etc", "inc", "ltd", "co", "corp", "llc", "plc", "bros", "al", "cir", "supp", "ct", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "dept", "est", "govt", "intl");

    private static readonly FrozenSet<string> SentenceOpeners = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "a", "an", "in",
        "on", "at", "but", "and", "or", "so", "if", "as", "there", "when", "while", "after", "before", "however",
        "also", "some", "many", "what", "why", "how", "who", "for", "to", "his", "her", "their", "our", "my", "yet");

    /// <summary>
    /// True when the stop run <c>text[stop..closeStart]</c>, followed by closing quotes up to <paramref name="end"/>,
    /// ends a sentence.
    /// </summary>
    public static bool IsBoundary(string text, int stop, int closeStart, int end, int limit)
    {
        if (end >= limit)
        {
            return true;
        }

        if (SentenceCharacters.IsFullWidthTerminal(text[closeStart - 1]))
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        var next = NextWordStart(text, end, limit);
        if (next >= limit)
        {
            return true;
        }

        if (char.IsLower(text[next]))
        {
            return false;
        }

        var isSinglePeriod = closeStart - stop == 1 && text[stop] == '.';
        return !isSinglePeriod || PeriodEndsSentence(text, stop, next, limit);
    }

    private static bool PeriodEndsSentence(string text, int stop, int next, int limit)
    {
        var wordStart = stop;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, stop - wordStart).Trim('.');
        if (word.IsEmpty)
        {
            return true;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "J. R. R. Tolkien"
        }

        if (IsListNumber(text, wordStart, word))
        {
            return false; // "1. First step" at the start of a line
        }

        var lookup = NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word))
        {
            return false;
        }

        if (char.IsDigit(text[next]) && BeforeNumbers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return false;
        }

        if ((word.Contains('.') && !IsDottedName(word)) || Ambiguous.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return StartsWithOpener(text, next, limit);
        }

        return true;
    }

    // A dotted word with a part of three or more letters is a name such as a domain ("Outlook.com", "Amazon.co.uk"),
    // not an abbreviation ("U.S", "Ph.D", "a.m"): a period after it ends a sentence like after any other word.
    private static bool IsDottedName(ReadOnlySpan<char> word)
    {
        foreach (var part in word.Split('.'))
        {
            if (word[part].Length >= 3)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsListNumber(string text, int wordStart, ReadOnlySpan<char> word)
    {
        var lineStart = wordStart;
        while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t')
        {
            lineStart--;
        }

        return word.Length <= 3 && (lineStart == 0 || text[lineStart - 1] == '\n') && !word.ContainsAnyExceptInRange('0', '9');
    }

    private static bool StartsWithOpener(string text, int next, int limit)
    {
        var end = next;
        while (end < limit && char.IsLetter(text[end]))
        {
            end++;
        }

        return SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(next, end - next));
    }

    // The first letter or digit after white space and opening quotes/brackets.
    private static int NextWordStart(string text, int index, int limit)
    {
        while (index < limit && !char.IsLetterOrDigit(text[index]))
        {
            if (!char.IsWhiteSpace(text[index]) && !IsOpening(text[index]))
            {
                return index;
            }

            index++;
        }

        return index;
    }

    private static bool IsOpening(char c) => c is '"' or '\'' or '“' or '‘' or '«' or '‹' or '(' or '[' or '{'
        or '「' or '『' or '【' or '〔' or '（';
}
