using VendorBot.Knowledge.Text;

namespace VendorBot.Knowledge.Chunking;

/// <summary>
/// Finds lines that are really headings in plain text: a short line with no closing punctuation that follows a
/// finished sentence (or the start) and is followed by more text, e.g. "Huawei has a lousy history of installing backdoors".
/// </summary>
internal static class HeadingDetector
{
    /// <summary>Returns the spans of heading-like lines in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<TextSpan> Detect(string text)
    {
        var headings = new List<TextSpan>();
        var previousLineEnd = -1;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var line = Trim(text, lineStart, lineEnd);
            if (line.Length > 0
                && newline >= 0
                && IsHeadingLine(text, line)
                && FollowsFinishedText(text, previousLineEnd)
                && IsFollowedByText(text, newline + 1))
            {
                headings.Add(line);
            }

            if (line.Length > 0)
            {
                previousLineEnd = line.End;
            }

            lineStart = lineEnd + 1;
        }

        return headings;
    }

    private static bool IsHeadingLine(string text, TextSpan line)
    {
        if (line.Length is < 3 or > KnowledgeLimits.HeadingMaxChars)
        {
            return false;
        }

        var first = text[line.Start];
        var last = text[line.End - 1];
        return (char.IsUpper(first) || char.IsDigit(first) || (char.IsLetter(first) && !char.IsLower(first)))
            && char.IsLetterOrDigit(last);
    }

    private static bool FollowsFinishedText(string text, int previousLineEnd)
    {
        if (previousLineEnd < 0)
        {
            return true;
        }

        var last = text[previousLineEnd - 1];
        while (SentenceCharacters.IsClosing(last) && previousLineEnd > 1)
        {
            previousLineEnd--;
            last = text[previousLineEnd - 1];
        }

        return SentenceCharacters.IsTerminal(last);
    }

    private static bool IsFollowedByText(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index < text.Length && !char.IsLower(text[index]);
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
