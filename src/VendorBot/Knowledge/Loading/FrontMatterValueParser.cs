using System.Text;

namespace VendorBot.Knowledge.Loading;

/// <summary>Parses front-matter values: plain and quoted scalars and inline lists, strictly.</summary>
internal static class FrontMatterValueParser
{
    /// <summary>Parses <c>[a, "b, c", 'd']</c> into its items.</summary>
    public static List<string> ParseInlineList(string raw, int line)
    {
        if (raw[^1] != ']')
        {
            throw FrontMatterParser.Malformed(line, "an inline list must end with ']'");
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
                throw FrontMatterParser.Malformed(line, "empty item in an inline list");
            }

            items.Add(ParseScalar(item, line));
            i = end;
            while (i < inner.Length && inner[i] == ' ')
            {
                i++;
            }

            if (i < inner.Length && inner[i] != ',')
            {
                throw FrontMatterParser.Malformed(line, "expected ',' between list items");
            }

            i++;
        }

        return items;
    }

    /// <summary>Parses a plain, double-quoted (with backslash escapes) or single-quoted scalar.</summary>
    public static string ParseScalar(string raw, int line)
    {
        if (raw.Length == 0)
        {
            throw FrontMatterParser.Malformed(line, "empty value");
        }

        if (raw[0] is not ('"' or '\''))
        {
            if (raw[0] is '[' or '{' or '|' or '>' or '&' or '*' or '!')
            {
                throw FrontMatterParser.Malformed(line, $"unsupported value starting with '{raw[0]}' (quote it)");
            }

            return raw;
        }

        var close = FindClosingQuote(raw, 0, line);
        if (close != raw.Length - 1)
        {
            throw FrontMatterParser.Malformed(line, "text after the closing quote");
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

        throw FrontMatterParser.Malformed(line, $"unclosed {quote} quote");
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
}
