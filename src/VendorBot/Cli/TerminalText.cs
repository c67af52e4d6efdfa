using System.Text;

namespace VendorBot.Cli;

/// <summary>
/// Word-wraps text to a terminal width with a hanging indent, and turns the search snippet's <c>**term**</c> marks into
/// colour on a terminal (or drops them elsewhere): users never see raw asterisks.
/// </summary>
internal static class TerminalText
{
    private const string Mark = "**";
    private const string HighlightOn = "\u001b[1;33m";
    private const string HighlightOff = "\u001b[0m";

    /// <summary>
    /// <paramref name="text"/> as lines: the first starts with <paramref name="firstIndent"/>, the others with
    /// <paramref name="indent"/>; wrapped at <see cref="TerminalStyle.Width"/>, marks rendered per <see cref="TerminalStyle.Colour"/>.
    /// </summary>
    public static string Format(string text, TerminalStyle style, string firstIndent = "", string indent = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(style);
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var prefix = lines.Count == 0 ? firstIndent : indent;
            lines.AddRange(style.Width is { } width ? Wrap(paragraph, width, prefix, indent) : [prefix + paragraph]);
        }

        return Render(lines, style.Colour);
    }

    private static IEnumerable<string> Wrap(string paragraph, int width, string firstIndent, string indent)
    {
        var line = new StringBuilder(firstIndent);
        var visible = firstIndent.Length;
        var empty = true;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var length = word.Replace(Mark, string.Empty, StringComparison.Ordinal).Length;
            if (!empty && visible + 1 + length > width)
            {
                yield return line.ToString();
                line.Clear().Append(indent);
                visible = indent.Length;
                empty = true;
            }

            if (!empty)
            {
                line.Append(' ');
                visible++;
            }

            line.Append(word);
            visible += length;
            empty = false;
        }

        yield return line.ToString();
    }

    // A highlight open at the end of a line is closed there and reopened after the next line's indent, so indents are never coloured.
    private static string Render(List<string> lines, bool colour)
    {
        var result = new StringBuilder();
        var open = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                result.Append('\n');
            }

            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ').Length;
            result.Append(line, 0, indent);
            if (open && colour)
            {
                result.Append(HighlightOn);
            }

            var parts = line[indent..].Split(Mark);
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0)
                {
                    open = !open;
                    if (colour)
                    {
                        result.Append(open ? HighlightOn : HighlightOff);
                    }
                }

                result.Append(parts[p]);
            }

            if (open && colour)
            {
                result.Append(HighlightOff);
            }
        }

        return result.ToString();
    }
}
