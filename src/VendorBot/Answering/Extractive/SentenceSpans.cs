namespace VendorBot.Answering.Extractive;

/// <summary>Splits a passage into sentences as (start, length) ranges of the passage text.</summary>
internal static class SentenceSpans
{
    /// <summary>Returns the sentences of <paramref name="text"/>, trimmed, in order.</summary>
    public static IReadOnlyList<Range> Split(string text)
    {
        var spans = new List<Range>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = text[i] == '\n' || (text[i] is '.' or '?' or '!' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && !IsAbbreviation(text, i));
            if (end)
            {
                Add(text, start, i + 1, spans);
                start = i + 1;
            }
        }

        Add(text, start, text.Length, spans);
        return spans;
    }

    private static bool IsAbbreviation(string text, int dot) =>
        dot >= 1 && char.IsUpper(text[dot - 1]) && (dot == 1 || !char.IsLetter(text[dot - 2]) || text[dot - 2] == '.');

    private static void Add(string text, int start, int end, List<Range> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(start..end);
        }
    }
}
