using System.Text;

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

                listItems.Add(ParseScalar(trimmed[1..].Trim(), lines.LineNumber));
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
                values[key] = new FrontMatterValue(ParseInlineList(raw, lines.LineNumber), IsList: true, lines.LineNumber);
            }
            else
            {
                values[key] = new FrontMatterValue([ParseScalar(raw, lines.LineNumber)], IsList: false, lines.LineNumber);
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

    private static List<string> ParseInlineList(string raw, int line)
    {
        if (raw[^1] != ']')
        {
            throw Malformed(line, "an inline list must end with ']'");
        }

        var items = new List<string>();
        var inner = raw[1..^1];
        var i = 0;
        while (i < inner.Length)
        {
            while (i < inner.Length && inner[i] == ' ')
            {
                i++;
            }

            if (i >= inner.Length)
            {
                break;
            }

            int end;
            if (inner[i] is '"' or '\'')
            {
                end = FindClosingQuote(inner, i, line) + 1;
            }
            else
            {
                end = inner.IndexOf(',', i);
                end = end < 0 ? inner.Length : end;
            }

            var item = inner[i..end].Trim();
            if (item.Length == 0)
            {
                throw Malformed(line, "empty item in an inline list");
            }

            items.Add(ParseScalar(item, line));
            i = end;
            while (i < inner.Length && inner[i] == ' ')
            {
                i++;
            }

            if (i < inner.Length && inner[i] != ',')
            {
                throw Malformed(line, "expected ',' between list items");
            }

            i++;
        }

        return items;
    }

    private static string ParseScalar(string raw, int line)
    {
        if (raw.Length == 0)
        {
            throw Malformed(line, "empty value");
        }

        if (raw[0] is not ('"' or '\''))
        {
            if (raw[0] is '[' or '{' or '|' or '>' or '&' or '*' or '!')
            {
                throw Malformed(line, $"unsupported value starting with '{raw[0]}' (quote it)");
            }

            return raw;
        }

        var close = FindClosingQuote(raw, 0, line);
        if (close != raw.Length - 1)
        {
            throw Malformed(line, "text after the closing quote");
        }

        return Unescape(raw[1..close], raw[0]);
    }

    private static int FindClosingQuote(string text, int open, int line)
    {
        var quote = text[open];
        for (var i = open + 1; i < text.Length; i++)
        {
            if (quote == '"' && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        throw Malformed(line, $"unclosed {quote} quote");
    }

    private static string Unescape(string inner, char quote)
    {
        if (quote == '\'')
        {
            return inner.Replace("''", "'", StringComparison.Ordinal);
        }

        var builder = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length)
            {
                i++;
                builder.Append(inner[i] switch { 'n' => '\n', 't' => '\t', _ => inner[i] });
            }
            else
            {
                builder.Append(inner[i]);
            }
        }

        return builder.ToString();
    }

    private static DocumentLoadException Malformed(int line, string reason) =>
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
