namespace VendorBot.Knowledge.Text;

/// <summary>A range of characters in a string: <c>text[Start..End]</c>, end exclusive.</summary>
/// <param name="Start">First character (inclusive).</param>
/// <param name="End">End (exclusive); never less than <paramref name="Start"/>.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters in the span.</summary>
    public int Length => End - Start;

    /// <summary>The characters of <paramref name="text"/> covered by this span.</summary>
    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[Start..End];
    }
}
