using System.Globalization;
using System.Text;
using VendorBot.Bot.Formatting;
using VendorBot.Discord.Rest;
using VendorBot.Feeds;
using VendorBot.Knowledge.Articles;

namespace VendorBot.Bot.Notifications;

/// <summary>
/// The short note posted to the admin channel after a poll added sources: "**3 new sources** from Feed:" then one line
/// per document (title, publisher, date, vendors), Markdown escaped, within one message; the rest as "… and N more".
/// </summary>
internal static class FeedNote
{
    private const int LineLength = 300;

    /// <summary>The note's text (at most <see cref="DiscordLimits.MessageContentLength"/> characters).</summary>
    public static string Format(FeedPollReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var count = report.Added.Count;
        var feed = DiscordText.Truncate(DiscordText.EscapeMarkdown(report.Feed.Title ?? report.Feed.Url.Host), LineLength);
        var note = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"**{count} new {(count == 1 ? "source" : "sources")}** from {feed}:"));
        for (var i = 0; i < count; i++)
        {
            var line = "\n• " + DiscordText.Truncate(Line(report.Added[i]), LineLength);
            var more = string.Create(CultureInfo.InvariantCulture, $"\n… and {count - i - 1} more");
            var room = DiscordLimits.MessageContentLength - (i == count - 1 ? 0 : more.Length);
            if (note.Length + line.Length > room)
            {
                note.Append(CultureInfo.InvariantCulture, $"\n… and {count - i} more");
                break;
            }

            note.Append(line);
        }

        return note.ToString();
    }

    private static string Line(DocumentSummary document)
    {
        var details = new List<string>();
        if (document.Publisher is not null)
        {
            details.Add(DiscordText.EscapeMarkdown(document.Publisher));
        }

        if (document.Published is not null)
        {
            details.Add(document.Published);
        }

        if (document.Vendors.Count > 0)
        {
            details.Add("vendors: " + DiscordText.EscapeMarkdown(string.Join(", ", document.Vendors)));
        }

        var title = DiscordText.EscapeMarkdown(document.Title);
        return details.Count == 0 ? title : $"{title} — {string.Join(" · ", details)}";
    }
}
