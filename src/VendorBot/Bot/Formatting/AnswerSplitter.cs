using System.Text.RegularExpressions;

namespace VendorBot.Bot.Formatting;

/// <summary>
/// Splits long text into parts of at most a given length, preferring paragraph, then line, then sentence, then word
/// boundaries, and never cutting inside a citation marker (<c>[12]</c>) or a URL unless it alone exceeds the limit.
/// </summary>
internal static partial class AnswerSplitter
{
    /// <summary>The parts of <paramref name="text"/>, each trimmed, non-empty and at most <paramref name="limit"/> characters.</summary>
    public static IReadOnlyList<string> Split(string text, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var trimmed = text.Trim();
        if (trimmed.Length <= limit)
        {
            return trimmed.Length == 0 ? [] : [trimmed];
        }

        var protectedSpans = ProtectedSpan().Matches(trimmed).Select(m => (Start: m.Index, End: m.Index + m.Length)).ToList();
        var parts = new List<string>();
        var start = 0;
        while (start < trimmed.Length)
        {
            while (start < trimmed.Length && char.IsWhiteSpace(trimmed[start]))
            {
                start++;
            }

            if (trimmed.Length - start <= limit)
            {
                AddPart(parts, trimmed[start..]);
                break;
            }

            var cut = FindCut(trimmed, start, limit, protectedSpans);
            AddPart(parts, trimmed[start..cut]);
            start = cut;
        }

        return parts;
    }

    private static void AddPart(List<string> parts, string part)
    {
        var clean = part.Trim();
        if (clean.Length > 0)
        {
            parts.Add(clean);
        }
    }

    private static int FindCut(string text, int start, int limit, List<(int Start, int End)> spans)
    {
        var end = start + limit;
        var minimum = start + 1;
        bool Allowed(int cut) => cut > start && !spans.Exists(s => s.Start < cut && cut < s.End);

        // Each boundary cuts after its separator; the first kind that fits wins.
        var window = text.Substring(start, limit);
        foreach (var separator in (string[])["\n\n", "\n"])
        {
            var at = window.LastIndexOf(separator, StringComparison.Ordinal);
            while (at > 0)
            {
                if (Allowed(start + at + separator.Length))
                {
                    return start + at + separator.Length;
                }

                at = window.LastIndexOf(separator, at - 1, StringComparison.Ordinal);
            }
        }

        for (var cut = end; cut > minimum; cut--)
        {
            if (IsSentenceEnd(text, cut) && Allowed(cut))
            {
                return cut;
            }
        }

        for (var cut = end; cut > minimum; cut--)
        {
            if (char.IsWhiteSpace(text[cut - 1]) && Allowed(cut))
            {
                return cut;
            }
        }

        // A single token longer than the limit (a giant URL): cut it hard, outside a surrogate pair.
        return char.IsHighSurrogate(text[end - 1]) ? end - 1 : end;
    }

    private static bool IsSentenceEnd(string text, int cut) =>
        cut < text.Length && char.IsWhiteSpace(text[cut]) && text[cut - 1] is '.' or '!' or '?' or ']' or ')' or '"'
        && SentenceTail().IsMatch(text.AsSpan(Math.Max(0, cut - 8), Math.Min(8, cut)));

    [GeneratedRegex(@"\[\d+\]|https?://\S+|<https?://[^>\s]+>", RegexOptions.CultureInvariant)]
    private static partial Regex ProtectedSpan();

    // A sentence ends with . ! or ? optionally followed by closing quotes/brackets or citation markers.
    [GeneratedRegex(@"[.!?](?:[""')\]]|\[\d+\])*$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceTail();
}
