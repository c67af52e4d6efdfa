using System.Globalization;
using VendorBot.Answering;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;
using VendorBot.Knowledge;

namespace VendorBot.Bot.Formatting;

/// <summary>
/// The ephemeral source lists: one embed per source with its quoted passage, within Discord's embed limits. Discord
/// merges the embeds of one message that share a url into one, so passages from the same document get distinct
/// links: the first keeps the document's url, later ones add a <c>#passage-N</c> fragment.
/// </summary>
internal static class SourceDetailsFormatter
{
    // Leaves room for titles and footers inside the 6,000-character total of one message's embeds.
    private const int QuoteBudget = DiscordLimits.EmbedTotalLength - 1500;

    /// <summary>One embed per citation (number, title, link, publisher and date, the quoted passage).</summary>
    public static IReadOnlyList<Embed> ForCitations(IReadOnlyList<Citation> citations)
    {
        var shown = citations.OrderBy(c => c.Number).Take(DiscordLimits.EmbedsPerMessage).ToList();
        var quoteLength = QuoteLength(shown.Count);
        var urls = DistinctUrls(shown.Select(c => (c.Url, c.Number)).ToList());
        return shown.Select((c, i) => Build(
            string.Create(CultureInfo.InvariantCulture, $"[{c.Number}] {c.DocumentTitle}"),
            urls[i],
            c.Publisher,
            c.PublishedOn,
            string.IsNullOrWhiteSpace(c.PassageText) ? c.Quote : c.PassageText,
            quoteLength)).ToList();
    }

    /// <summary>One embed per search hit (rank, title, link, heading, the passage text).</summary>
    public static IReadOnlyList<Embed> ForHits(IReadOnlyList<SearchHit> hits)
    {
        var shown = hits.Take(DiscordLimits.EmbedsPerMessage).ToList();
        var quoteLength = QuoteLength(shown.Count);
        var urls = DistinctUrls(shown.Select((h, i) => (h.Document.Url, i + 1)).ToList());
        return shown.Select((h, i) => Build(
            string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {h.Document.Title}"),
            urls[i],
            h.Document.Publisher,
            h.Document.PublishedOn,
            h.Passage.HeadingPath.Length == 0 ? h.Passage.Text : $"*{DiscordText.EscapeMarkdown(h.Passage.HeadingPath)}*\n{h.Passage.Text}",
            quoteLength)).ToList();
    }

    /// <summary>The links to show: web urls only, and no url twice (a repeat gets <c>#passage-{number}</c> instead of its fragment).</summary>
    private static string?[] DistinctUrls(IReadOnlyList<(string? Url, int Number)> sources)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var urls = new string?[sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            var (url, number) = sources[i];
            if (!DiscordText.IsWebUrl(url))
            {
                continue;
            }

            var link = url!;
            if (!seen.Add(link))
            {
                var hash = link.IndexOf('#', StringComparison.Ordinal);
                link = string.Create(CultureInfo.InvariantCulture, $"{(hash < 0 ? link : link[..hash])}#passage-{number}");
                seen.Add(link);
            }

            urls[i] = link;
        }

        return urls;
    }

    private static int QuoteLength(int count) => Math.Min(BotLimits.SourceQuoteLength, QuoteBudget / Math.Max(1, count));

    private static Embed Build(string title, string? url, string? publisher, DateOnly? publishedOn, string passage, int quoteLength)
    {
        var quoted = "> " + DiscordText.Truncate(passage.Trim(), quoteLength).ReplaceLineEndings("\n> ");
        var footer = string.Join(", ", new[] { publisher, DiscordText.Date(publishedOn) }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new Embed
        {
            Title = DiscordText.Truncate(title, DiscordLimits.EmbedTitleLength),
            Url = DiscordText.IsWebUrl(url) ? url : null,
            Description = DiscordText.Truncate(quoted, DiscordLimits.EmbedDescriptionLength),
            Color = BotLimits.EmbedColor,
            Footer = footer.Length == 0 ? null : new EmbedFooter { Text = DiscordText.Truncate(footer, DiscordLimits.EmbedFooterLength) },
        };
    }
}
