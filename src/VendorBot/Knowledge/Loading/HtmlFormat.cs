using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace VendorBot.Knowledge.Loading;

/// <summary>
/// HTML files (AngleSharp): title from <c>og:title</c> or <c>&lt;title&gt;</c>, publisher from <c>og:site_name</c>,
/// url from the canonical link, date from <c>article:published_time</c> or <c>&lt;time datetime&gt;</c>; text from
/// <c>&lt;main&gt;</c>/<c>&lt;article&gt;</c> (else the body) without scripts, styles or navigation.
/// </summary>
internal sealed class HtmlFormat : IDocumentFormat
{
    private static readonly string[] Dropped =
        ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "svg", "iframe", "button"];

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th",
        "dl", "dt", "dd", "figure", "figcaption", "br", "hr", "address", "details", "summary",
    };

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    /// <inheritdoc />
    public DocumentContent Read(byte[] bytes)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new DocumentLoadException("binary content (NUL bytes), not an HTML document");
        }

        // From bytes, so AngleSharp honours a BOM or <meta charset> (legacy pages are often windows-1252).
        using var stream = new MemoryStream(bytes, writable: false);
        var document = new HtmlParser().ParseDocument(stream);
        var published = Meta(document, "article:published_time")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var title = Meta(document, "og:title") ?? NullIfBlank(document.Title);

        foreach (var element in document.QuerySelectorAll(string.Join(',', Dropped)).ToList())
        {
            element.Remove();
        }

        var root = document.QuerySelector("main") ?? document.QuerySelector("article")
            ?? document.QuerySelector("[role=main]") ?? document.Body;
        var builder = new PlainTextBuilder();
        if (root is not null)
        {
            Write(root, builder);
        }

        return new DocumentContent(builder.ToString())
        {
            Title = title ?? (builder.Headings.Count > 0 ? builder.Headings[0].Text : null),
            Publisher = Meta(document, "og:site_name"),
            Url = NullIfBlank(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? Meta(document, "og:url"),
            PublishedOn = published is null ? null : FrontMatterMetadata.ParseDate(published.Trim()),
            Headings = builder.Headings,
        };
    }

    private static void Write(INode node, PlainTextBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.AppendCollapsed(text.Data);
            }
            else if (child is IElement element)
            {
                var name = element.LocalName;
                if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
                {
                    builder.AddHeading(name[1] - '0', () => Write(element, builder));
                }
                else if (Blocks.Contains(name))
                {
                    builder.EndBlock();
                    Write(element, builder);
                    builder.EndBlock();
                }
                else
                {
                    Write(element, builder);
                }
            }
        }
    }

    private static string? Meta(IDocument document, string property) =>
        NullIfBlank(document.QuerySelector($"meta[property='{property}']")?.GetAttribute("content"))
        ?? NullIfBlank(document.QuerySelector($"meta[name='{property}']")?.GetAttribute("content"));

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
