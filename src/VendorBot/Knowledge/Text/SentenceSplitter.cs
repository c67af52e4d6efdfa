namespace VendorBot.Knowledge.Text;

/// <summary>
/// Splits text into sentences and returns their spans (start, end) in the original string, so callers can quote the
/// exact words. Handles abbreviations (Mr., U.S., e.g., No. 5), initials (J. R. R.), decimals (3.5), ellipses,
/// closing quotes (“...” and ’), blank-line paragraph breaks, and mixed scripts (Arabic ؟ and ۔, CJK 。！？).
/// Pure and thread-safe.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Returns the sentences of <paramref name="text"/>, trimmed of surrounding white space, in order.</summary>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text, new TextSpan(0, text.Length));
    }

    /// <summary>Returns the sentences inside <paramref name="range"/> of <paramref name="text"/> (offsets are in <paramref name="text"/>).</summary>
    public static IReadOnlyList<TextSpan> Split(string text, TextSpan range)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(range.Start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(range.End, text.Length);
        ArgumentOutOfRangeException.ThrowIfLessThan(range.End, range.Start);

        var spans = new List<TextSpan>();
        var limit = range.End;
        var start = SkipWhiteSpace(text, range.Start, limit);
        var i = start;
        while (i < limit)
        {
            var c = text[i];
            if (c == '\n' && IsParagraphBreak(text, i, limit))
            {
                AddTrimmed(spans, text, start, i);
                start = SkipWhiteSpace(text, i, limit);
                i = start;
                continue;
            }

            if (!SentenceCharacters.IsTerminal(c))
            {
                i++;
                continue;
            }

            var closeStart = i + 1;
            while (closeStart < limit && SentenceCharacters.IsTerminal(text[closeStart]))
            {
                closeStart++;
            }

            var end = closeStart;
            while (end < limit && SentenceCharacters.IsClosing(text[end]))
            {
                end++;
            }

            if (SentenceBoundaryRules.IsBoundary(text, i, closeStart, end, limit))
            {
                AddTrimmed(spans, text, start, end);
                start = SkipWhiteSpace(text, end, limit);
                i = start;
            }
            else
            {
                i = end;
            }
        }

        AddTrimmed(spans, text, start, limit);
        return spans;
    }

    private static bool IsParagraphBreak(string text, int newline, int limit)
    {
        for (var j = newline + 1; j < limit; j++)
        {
            if (text[j] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[j]))
            {
                return false;
            }
        }

        return false;
    }

    private static int SkipWhiteSpace(string text, int index, int limit)
    {
        while (index < limit && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    private static void AddTrimmed(List<TextSpan> spans, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new TextSpan(start, end));
        }
    }
}
