using System.Globalization;
using System.Text;

namespace VendorBot.Knowledge.Articles;

/// <summary>
/// Writes an article as a Markdown document with the front matter the Markdown loader reads (title, publisher, author,
/// url, published, vendors, topics; plus <c>fetched</c> and <c>content_sha256</c>, which the loader ignores). Values are
/// double-quoted; the body escapes every character Markdown would read as markup, so the indexed text is the article's
/// text exactly, whatever it contains.
/// </summary>
internal static class ArticleMarkdown
{
    /// <summary>Front matter key holding the SHA-256 of the article's text, used to find duplicates.</summary>
    public const string ContentHashKey = "content_sha256";

    /// <summary>The document for <paramref name="article"/>.</summary>
    public static string Render(ExtractedArticle article, IReadOnlyList<string> vendors, DateTimeOffset fetchedAt, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(vendors);
        var builder = new StringBuilder("---\n");
        Scalar(builder, "title", article.Title);
        Scalar(builder, "publisher", article.Publisher);
        Scalar(builder, "author", article.Author);
        Scalar(builder, "url", article.Url);
        if (article.Published is { } published)
        {
            builder.Append("published: ").Append(published.ToString()).Append('\n');
        }

        List(builder, "vendors", vendors);
        if (article.Topics.Count > 0)
        {
            List(builder, "topics", article.Topics);
        }

        Scalar(builder, "fetched", fetchedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        Scalar(builder, ContentHashKey, contentHash);
        builder.Append("---\n");
        foreach (var block in article.Blocks)
        {
            builder.Append('\n');
            if (block.IsHeading)
            {
                builder.Append('#', Math.Clamp(block.Level, 2, 6)).Append(' ');
            }

            builder.Append(EscapeBody(block.Text)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>A double-quoted scalar both our front-matter parser and YAML read back exactly.</summary>
    internal static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"' or '\\':
                    builder.Append('\\').Append(c);
                    break;
                case '\n' or '\r' or '\t':
                    builder.Append(' ');
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// One block of text as Markdown that renders to exactly that text: backslash before the punctuation that starts
    /// markup anywhere (<c>\ ` * _ [ ] &lt; &gt; &amp; ~</c>), and before what starts a block at the start of a line
    /// (<c># - + = |</c>, <c>1.</c>, <c>1)</c>).
    /// </summary>
    internal static string EscapeBody(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '~' or '!'
                || (i == 0 && c is '#' or '-' or '+' or '=' or '|' or ':'))
            {
                builder.Append('\\');
            }
            else if (i > 0 && c is '.' or ')' && IsListNumber(text, i))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsListNumber(string text, int markerAt)
    {
        for (var j = 0; j < markerAt; j++)
        {
            if (!char.IsAsciiDigit(text[j]))
            {
                return false;
            }
        }

        return markerAt <= 9;
    }

    internal static void Scalar(StringBuilder builder, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            builder.Append(key).Append(": ").Append(Quote(value.Trim())).Append('\n');
        }
    }

    internal static void List(StringBuilder builder, string key, IReadOnlyList<string> values) =>
        builder.Append(key).Append(": [").Append(string.Join(", ", values.Select(Quote))).Append("]\n");
}
