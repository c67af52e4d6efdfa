using System.Globalization;
using System.Text;

namespace VendorBot.Bot.Formatting;

/// <summary>Small text helpers for Discord output: truncation and Markdown escaping of untrusted titles.</summary>
internal static class DiscordText
{
    private const string Ellipsis = "…";

    /// <summary><paramref name="text"/> cut to at most <paramref name="max"/> characters, ending with an ellipsis when cut.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var keep = max - Ellipsis.Length;
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, Math.Max(0, keep)), Ellipsis);
    }

    /// <summary>Escapes the Markdown characters that would break a link label or formatting in a title.</summary>
    public static string EscapeMarkdown(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '[' or ']' or '(' or ')' or '<' or '>' or '#')
            {
                builder.Append('\\');
            }

            builder.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return builder.ToString();
    }

    /// <summary>The date as yyyy-MM-dd, or null.</summary>
    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A URL safe inside a Markdown link target: parentheses and spaces percent-encoded.</summary>
    public static string LinkTarget(string url) => url.Replace("(", "%28", StringComparison.Ordinal)
        .Replace(")", "%29", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);

    /// <summary>True for an absolute http(s) URL that is safe to put in a link.</summary>
    public static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
