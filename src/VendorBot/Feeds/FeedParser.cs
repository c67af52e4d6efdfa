using System.Net;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using VendorBot.Knowledge.Loading;

namespace VendorBot.Feeds;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 (System.ServiceModel.Syndication) safely: no DTDs, no external entities, no resolver.
/// Entries come newest first; an entry without id uses its link.
/// </summary>
internal static partial class FeedParser
{
    /// <summary>Media types a feed is served with.</summary>
    public static readonly IReadOnlyList<string> ContentTypes =
        ["application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/feed+xml", "application/x-rss+xml"];

    /// <summary>The feed's title and its entries, newest first.</summary>
    /// <exception cref="DocumentLoadException">The bytes are not an RSS or Atom feed.</exception>
    public static (string Title, IReadOnlyList<FeedItem> Items) Parse(byte[] bytes, Uri source)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersFromEntities = 0, IgnoreComments = true };
        SyndicationFeed feed;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            feed = SyndicationFeed.Load(reader);
        }
        catch (Exception ex) when (ex is XmlException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new DocumentLoadException($"not an RSS or Atom feed: {ex.Message}", ex);
        }

        var items = feed.Items
            .Select(item => ToItem(item, source))
            .Where(item => item is not null)
            .Select(item => item!)
            .OrderByDescending(item => item.Published ?? DateTimeOffset.MinValue)
            .ToList();
        return (feed.Title?.Text?.Trim() is { Length: > 0 } title ? title : source.Host, items);
    }

    private static FeedItem? ToItem(SyndicationItem item, Uri source)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri ?? item.Links.FirstOrDefault()?.Uri;
        if (link is not null && !link.IsAbsoluteUri)
        {
            link = new Uri(item.BaseUri ?? source, link);
        }

        var id = string.IsNullOrWhiteSpace(item.Id) ? link?.AbsoluteUri : item.Id.Trim();
        if (id is null)
        {
            return null;
        }

        var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : (DateTimeOffset?)null;
        var summary = item.Summary?.Text ?? (item.Content as TextSyndicationContent)?.Text ?? string.Empty;
        return new FeedItem(id, link, WebUtility.HtmlDecode(Tags().Replace(item.Title?.Text ?? string.Empty, " ")).Trim(),
            WebUtility.HtmlDecode(Tags().Replace(summary, " ")).Trim(), published);
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();
}
