namespace VendorBot.Knowledge.Loading;

/// <summary>
/// A small, strict parser for the <c>---</c> front-matter block of our documents (a YAML subset): <c>key: value</c>
/// lines with plain or quoted scalars, inline lists <c>[a, "b, c"]</c>, and <c>- item</c> lists under an empty key.
/// Anything else is malformed and fails the file with the line number.
/// </summary>
internal static class FrontMatterParser
{
    private const string Fence = "---";

    /// <summary>Parses the block at the start of <paramref name="text"/> (LF line ends), or returns <see cref="FrontMatter.None"/>.</summary>
    /// <exception cref="DocumentLoadException">The block is malformed.</exception>
    public static FrontMatter Parse(string text)
    {
        var lines = new LineReader(text);
        if (!lines.TryRead(out var first) || first.TrimEnd() != Fence)
        {
            return FrontMatter.None;
        }

        var values = new Dictionary<string, FrontMatterValue>(StringComparer.OrdinalIgnoreCase);
        string? listKey = null;
        List<string>? listItems = null;
        while (lines.TryRead(out var line))
        {
            var trimmed = line.Trim();
            if (trimmed == Fence || trimmed == "...")
            {
                CloseList(values, ref listKey, ref listItems);
                return new FrontMatter(values, lines.Position);
            }

            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            if (trimmed[0] == '-')
            {
                if (listItems is null || (trimmed.Length > 1 && trimmed[1] != ' '))
                {
                    throw Malformed(lines.LineNumber, "a '- item' line must follow a key with no value (e.g. 'vendors:')");
                }

                listItems.Add(FrontMatterValueParser.ParseScalar(trimmed[1..].Trim(), lines.LineNumber));
                continue;
            }

            CloseList(values, ref listKey, ref listItems);
            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !IsKey(trimmed.AsSpan(0, colon)))
            {
                throw Malformed(lines.LineNumber, "expected 'key: value'");
            }

            var key = trimmed[..colon];
            if (values.ContainsKey(key) || string.Equals(key, listKey, StringComparison.OrdinalIgnoreCase))
            {
                throw Malformed(lines.LineNumber, $"duplicate key '{key}'");
            }

            var raw = trimmed[(colon + 1)..].Trim();
            if (raw.Length == 0)
            {
                listKey = key;
                listItems = [];
                values[key] = new FrontMatterValue([], IsList: true, lines.LineNumber);
            }
            else if (raw[0] == '[')
            {
                values[key] = new FrontMatterValue(FrontMatterValueParser.ParseInlineList(raw, lines.LineNumber), IsList: true, lines.LineNumber);
            }
            else
            {
                values[key] = new FrontMatterValue([FrontMatterValueParser.ParseScalar(raw, lines.LineNumber)], IsList: false, lines.LineNumber);
            }
        }

        throw new DocumentLoadException("malformed front matter: the '---' block is never closed by another '---' line");
    }

    private static void CloseList(Dictionary<string, FrontMatterValue> values, ref string? listKey, ref List<string>? listItems)
    {
        if (listKey is not null && listItems is not null)
        {
            values[listKey] = values[listKey] with { Items = listItems };
        }

        listKey = null;
        listItems = null;
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The error for a malformed block, naming the line.</summary>
    internal static DocumentLoadException Malformed(int line, string reason) =>
        new($"malformed front matter at line {line}: {reason}");

    private sealed class LineReader(string text)
    {
        public int Position { get; private set; }

        public int LineNumber { get; private set; }

        public bool TryRead(out string line)
        {
            if (Position >= text.Length)
            {
                line = string.Empty;
                return false;
            }

            var newline = text.IndexOf('\n', Position);
            var end = newline < 0 ? text.Length : newline;
            line = text[Position..end];
            Position = newline < 0 ? text.Length : newline + 1;
            LineNumber++;
            return true;
        }
    }
}
