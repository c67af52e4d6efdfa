using VendorBot.Knowledge.Loading;

namespace VendorBot.Knowledge.Articles;

/// <summary>
/// Turns fetched or uploaded bytes into an <see cref="ExtractedArticle"/> by their type: HTML through
/// <see cref="HtmlArticleExtractor"/>, PDF and plain text or Markdown through the index's own loaders. The text is data:
/// nothing in it is acted on, it is only stored and indexed.
/// </summary>
internal static class ArticleExtractor
{
    /// <summary>The media type a file name stands for, or null for a kind of file that is not added.</summary>
    public static string? MediaTypeOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html",
        ".pdf" => "application/pdf",
        ".txt" => "text/plain",
        ".md" or ".markdown" => "text/markdown",
        _ => null,
    };

    /// <summary>Extracts the article from <paramref name="bytes"/> of <paramref name="mediaType"/>, fetched from <paramref name="source"/> (null for a file).</summary>
    /// <exception cref="DocumentLoadException">The content has no text or is broken.</exception>
    public static ExtractedArticle Extract(byte[] bytes, string mediaType, Uri? source, string fallbackTitle)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return mediaType switch
        {
            "text/html" or "application/xhtml+xml" => HtmlArticleExtractor.Extract(bytes, source),
            "application/pdf" => FromPdf(new PdfFormat().Read(bytes), source, fallbackTitle),
            "text/markdown" => FromText(new MarkdownFormat().Read(bytes), bytes, source, fallbackTitle),
            "text/plain" => FromText(new PlainTextFormat().Read(bytes), bytes, source, fallbackTitle),
            _ => throw new DocumentLoadException($"'{mediaType}' documents are not added (HTML, PDF, Markdown or plain text)"),
        };
    }

    private static ExtractedArticle FromPdf(DocumentContent content, Uri? source, string fallbackTitle)
    {
        // PDF text comes line by line; a paragraph is what lies between blank lines.
        var blocks = Paragraphs(content.Text)
            .Select(paragraph => new ArticleBlock(0, string.Join(' ', paragraph.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))))
            .Where(block => block.Text.Length > 0)
            .ToList();
        if (blocks.Count == 0)
        {
            throw new DocumentLoadException("no text in the PDF (a scan without a text layer?)");
        }

        return new ExtractedArticle(content.Title ?? fallbackTitle, blocks)
        {
            Publisher = content.Publisher,
            Published = content.PublishedOn is { } date ? new PublishedDate(date, HasDay: true) : null,
            Url = source?.AbsoluteUri,
        };
    }

    private static ExtractedArticle FromText(DocumentContent content, byte[] bytes, Uri? source, string fallbackTitle)
    {
        var headings = content.Headings.ToDictionary(heading => heading.Span.Start, heading => heading.Level);
        var blocks = new List<ArticleBlock>();
        var start = 0;
        foreach (var paragraph in content.Text.Split("\n\n"))
        {
            var at = content.Text.IndexOf(paragraph, start, StringComparison.Ordinal);
            start = at + paragraph.Length;
            var text = string.Join(' ', paragraph.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            if (text.Length > 0)
            {
                var leading = paragraph.Length - paragraph.TrimStart().Length;
                blocks.Add(new ArticleBlock(headings.TryGetValue(at + leading, out var level) ? level : 0, text));
            }
        }

        if (!blocks.Any(block => !block.IsHeading))
        {
            throw new DocumentLoadException("no text in the document");
        }

        var title = content.Title ?? fallbackTitle;
        if (blocks[0].IsHeading && string.Equals(blocks[0].Text, title, StringComparison.Ordinal))
        {
            blocks.RemoveAt(0);
        }

        // Keep the precision of a front-matter date ("2024-03" stays a month).
        var frontMatter = FrontMatterParser.Parse(TextDecoder.Decode(bytes));
        var published = new[] { "published", "date" }
            .Select(key => frontMatter.Values.TryGetValue(key, out var value) && !value.IsList ? PublishedDate.Parse(value.Items[0]) : null)
            .FirstOrDefault(date => date is not null);
        return new ExtractedArticle(title, blocks)
        {
            Publisher = content.Publisher,
            Published = published ?? (content.PublishedOn is { } date ? new PublishedDate(date, HasDay: true) : null),
            Url = content.Url ?? source?.AbsoluteUri,
            Vendors = content.Vendors,
            Topics = content.Topics,
        };
    }

    private static IEnumerable<string> Paragraphs(string text) =>
        text.Split("\n\n", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
