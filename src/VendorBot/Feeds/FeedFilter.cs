using System.Text.RegularExpressions;

namespace VendorBot.Feeds;

/// <summary>Whether a feed item is for the index: it names one of the feed's vendors and one of its keywords (whole words, any case), in its title or summary. An empty list does not filter.</summary>
internal static class FeedFilter
{
    /// <summary>True when <paramref name="item"/> passes the filter of <paramref name="feed"/>.</summary>
    public static bool Matches(Feed feed, FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(item);
        var text = $"{item.Title}\n{item.Summary}";
        return NamesAny(text, feed.Vendors) && NamesAny(text, feed.Keywords);
    }

    private static bool NamesAny(string text, IReadOnlyList<string> words) =>
        words.Count == 0 || words.Any(word => Regex.IsMatch(
            text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word.Trim())}(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
}
