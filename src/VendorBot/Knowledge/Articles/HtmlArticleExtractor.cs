using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;
using VendorBot.Knowledge.Loading;

namespace VendorBot.Knowledge.Articles;

/// <summary>
/// The main text of a news page via SmartReader (a port of Mozilla's Readability), and its metadata from JSON-LD,
/// OpenGraph and meta tags, in that order of trust, with SmartReader's own findings as the fallback. SmartReader only
/// parses here: it is given the page, it never downloads anything.
/// </summary>
internal static class HtmlArticleExtractor
{
    private const int MinArticleCharacters = 200;
    private const int MinProseParagraph = 60;
    private const double MaxLinkDensity = 0.6;

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th",
        "dl", "dt", "dd", "br", "hr", "address", "details", "summary", "header", "footer",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "figure", "figcaption", "img", "picture", "svg", "iframe", "button", "form", "nav", "aside",
    };

    private static readonly string[] DateMetas =
    [
        "article:published_time", "og:published_time", "datePublished", "date", "pubdate", "publish-date", "publish_date",
        "dc.date.issued", "dc.date", "dcterms.created", "citation_publication_date", "parsely-pub-date", "sailthru.date",
    ];

    /// <summary>Extracts the article of <paramref name="html"/>, fetched from <paramref name="source"/> (null for a file).</summary>
    /// <exception cref="DocumentLoadException">The page has no article text (a home page, a list, an error page).</exception>
    public static ExtractedArticle Extract(byte[] html, Uri? source)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (Array.IndexOf(html, (byte)0) >= 0)
        {
            throw new DocumentLoadException("binary content (NUL bytes), not an HTML page");
        }

        IHtmlDocument document;
        using (var stream = new MemoryStream(html, writable: false))
        {
            document = new HtmlParser().ParseDocument(stream);
        }

        using (document)
        {
            var linked = LinkedData.Read(document);
            var metadata = new
            {
                Title = linked?.Headline ?? Meta(document, "og:title") ?? Meta(document, "twitter:title"),
                Publisher = Meta(document, "og:site_name") ?? linked?.Publisher ?? Meta(document, "application-name"),
                Author = linked?.Author ?? Meta(document, "author") ?? NotALink(Meta(document, "article:author")),
                Published = PublishedDate.Parse(linked?.DatePublished)
                    ?? DateMetas.Select(name => PublishedDate.Parse(Meta(document, name))).FirstOrDefault(date => date is not null)
                    ?? PublishedDate.Parse(document.QuerySelector("article time[datetime], time[datetime]")?.GetAttribute("datetime")),
                Canonical = Absolute(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), source)
                    ?? Absolute(Meta(document, "og:url"), source)
                    ?? Absolute(linked?.Url, source),
            };

            // Readability's default of 500 characters refuses short news briefs. Whether what it kept is an article is
            // decided below by its prose, not by its IsReadable flag (which refuses short articles too).
            var article = new Reader(source?.AbsoluteUri ?? "https://localhost/", document) { CharThreshold = MinArticleCharacters }.GetArticle();

            var title = metadata.Title ?? NullIfBlank(article.Title) ?? NullIfBlank(document.Title)
                ?? throw new DocumentLoadException("the page has no title");
            var blocks = string.IsNullOrWhiteSpace(article.Content) ? [] : ToBlocks(article.Content);
            if (blocks.Count > 0 && blocks[0].IsHeading && Same(blocks[0].Text, title))
            {
                blocks.RemoveAt(0);
            }

            if (!IsProse(blocks))
            {
                throw new DocumentLoadException("no article text found on the page (it looks like a home page, a list or an error page)");
            }

            return new ExtractedArticle(Collapse(title), blocks)
            {
                Publisher = metadata.Publisher ?? NullIfBlank(article.SiteName) ?? HostPublisher(source),
                Author = metadata.Author ?? NullIfBlank(article.Author) ?? NullIfBlank(article.Byline),
                Published = metadata.Published ?? (article.PublicationDate is { } date ? new PublishedDate(DateOnly.FromDateTime(date), HasDay: true) : null),
                Url = metadata.Canonical ?? source?.AbsoluteUri,
            };
        }
    }

    /// <summary>
    /// An article is prose: at least <see cref="MinArticleCharacters"/> characters in paragraphs of sentence length
    /// (<see cref="MinProseParagraph"/>); a list of teasers, links or buttons is not.
    /// </summary>
    private static bool IsProse(List<ArticleBlock> blocks) =>
        blocks.Where(block => !block.IsHeading && block.Text.Length >= MinProseParagraph).Sum(block => block.Text.Length) >= MinArticleCharacters;

    /// <summary>Turns the article HTML SmartReader kept into paragraphs and headings.</summary>
    internal static List<ArticleBlock> ToBlocks(string articleHtml)
    {
        using var fragment = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{articleHtml}</body></html>");
        var blocks = new List<ArticleBlock>();
        var current = new StringBuilder();
        Walk(fragment.Body!, blocks, current);
        Flush(blocks, current, 0);
        return blocks;
    }

    private static void Walk(INode node, List<ArticleBlock> blocks, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                current.Append(text.Data);
            }
            else if (child is IElement element && !Skipped.Contains(element.LocalName) && !IsHidden(element))
            {
                var name = element.LocalName;
                if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
                {
                    Flush(blocks, current, 0);
                    current.Append(element.TextContent);
                    Flush(blocks, current, name[1] - '0');
                }
                else if (Blocks.Contains(name))
                {
                    Flush(blocks, current, 0);
                    if (!IsLinkList(element))
                    {
                        Walk(element, blocks, current);
                    }

                    Flush(blocks, current, 0);
                }
                else
                {
                    Walk(element, blocks, current);
                }
            }
        }
    }

    /// <summary>
    /// A block whose words are (nearly) all link text is navigation: a "Read more: …" line, a list of related stories,
    /// tags. Prose that links a few words is kept.
    /// </summary>
    private static bool IsLinkList(IElement element)
    {
        var text = Collapse(element.TextContent);
        if (text.Length == 0)
        {
            return false;
        }

        var linked = element.QuerySelectorAll("a").Sum(link => Collapse(link.TextContent).Length);
        return linked >= text.Length * MaxLinkDensity;
    }

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase);

    private static void Flush(List<ArticleBlock> blocks, StringBuilder current, int level)
    {
        var text = Collapse(current.ToString());
        current.Clear();
        if (text.Length > 0)
        {
            blocks.Add(new ArticleBlock(level, text));
        }
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool Same(string a, string b) => string.Equals(Collapse(a), Collapse(b), StringComparison.OrdinalIgnoreCase);

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && NullIfBlank(meta.GetAttribute("content")) is { } content)
            {
                return Collapse(content);
            }
        }

        return null;
    }

    private static string? Absolute(string? href, Uri? source)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        var ok = source is null ? Uri.TryCreate(href.Trim(), UriKind.Absolute, out var uri) : Uri.TryCreate(source, href.Trim(), out uri);
        return ok && uri is not null && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.UserInfo.Length == 0
            ? uri.AbsoluteUri
            : null;
    }

    private static string? NotALink(string? value) =>
        value is not null && value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : value;

    private static string? HostPublisher(Uri? source) =>
        source is null ? null : source.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? source.Host[4..] : source.Host;

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : Collapse(value);

    /// <summary>The fields of the page's JSON-LD article object (NewsArticle, Article, BlogPosting, Report, ...).</summary>
    private sealed record LinkedData(string? Headline, string? Publisher, string? Author, string? DatePublished, string? Url)
    {
        public static LinkedData? Read(IDocument document)
        {
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
                    if (FindArticle(json.RootElement) is { } article)
                    {
                        return new LinkedData(
                            Text(article, "headline") ?? Text(article, "name"),
                            Name(article, "publisher"),
                            Name(article, "author"),
                            Text(article, "datePublished") ?? Text(article, "dateCreated"),
                            Text(article, "url") ?? Name(article, "mainEntityOfPage", "@id"));
                    }
                }
                catch (JsonException)
                {
                    // Broken JSON-LD is common; the other metadata still applies.
                }
            }

            return null;
        }

        private static JsonElement? FindArticle(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    if (FindArticle(item) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (element.TryGetProperty("@graph", out var graph) && FindArticle(graph) is { } inGraph)
            {
                return inGraph;
            }

            return element.TryGetProperty("@type", out var type) && Types(type).Any(IsArticleType) ? element : null;
        }

        private static IEnumerable<string> Types(JsonElement type) => type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()!],
            JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!),
            _ => [],
        };

        private static bool IsArticleType(string type) =>
            type.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || type is "BlogPosting" or "Report" or "LiveBlogPosting";

        private static string? Text(JsonElement element, string property) =>
            element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? NullIfBlank(value.GetString()) : null;

        private static string? Name(JsonElement element, string property, string field = "name")
        {
            if (!element.TryGetProperty(property, out var value))
            {
                return null;
            }

            return value.ValueKind switch
            {
                JsonValueKind.String => NullIfBlank(value.GetString()),
                JsonValueKind.Object => Text(value, field),
                JsonValueKind.Array => NullIfBlank(string.Join(", ", value.EnumerateArray()
                    .Select(item => item.ValueKind == JsonValueKind.String ? item.GetString() : item.ValueKind == JsonValueKind.Object ? Text(item, field) : null)
                    .Where(name => !string.IsNullOrWhiteSpace(name)))),
                _ => null,
            };
        }
    }
}
