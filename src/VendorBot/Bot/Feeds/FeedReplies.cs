using System.Globalization;
using VendorBot.Bot.Formatting;
using VendorBot.Bot.Replies;
using VendorBot.Discord.Commands;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;
using VendorBot.Feeds;

namespace VendorBot.Bot.Feeds;

/// <summary>
/// The texts, embeds and buttons of <c>/feeds</c>. Button custom_ids: <c>vbf:rm:{feed id}</c> (a confirmed removal) and
/// <c>vbf:keep</c>. The list is one embed, a field per feed, within Discord's limits; feeds that do not fit are counted
/// ("… and N more").
/// </summary>
internal static class FeedReplies
{
    /// <summary>The custom_id prefix of the feeds buttons.</summary>
    public const string Prefix = "vbf";

    /// <summary>Longest link accepted.</summary>
    public const int UrlMaxLength = 2000;

    /// <summary>Said to a sub-command this version does not know (a registration from another version).</summary>
    public const string Usage = "Use `/feeds add`, `/feeds list` or `/feeds remove`.";

    /// <summary>Said when no feed is followed.</summary>
    public const string None = "I follow no feed yet: follow one with `/feeds add`.";

    /// <summary>Said when the removal was not confirmed.</summary>
    public const string Kept = "Kept: I still follow that feed.";

    /// <summary>Said when the feed to remove is no longer followed.</summary>
    public const string AlreadyGone = "I no longer follow that feed: nothing to remove.";

    private const string RemoveAction = "rm", KeepAction = "keep";
    private const char Separator = ':';
    private const int TextLength = 300;

    // Room left in the list embed for its title and the "… and N more" line.
    private const int ListBudget = DiscordLimits.EmbedTotalLength - 200;

    /// <summary>The id of the feed a removal button names, or null for anything else (a keep button included).</summary>
    public static long? RemovalOf(string? customId) =>
        customId?.Split(Separator) is [Prefix, RemoveAction, var id] && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var feedId)
            ? feedId
            : null;

    /// <summary>True for the custom_id of the Keep button.</summary>
    public static bool IsKeep(string? customId) => customId == string.Join(Separator, Prefix, KeepAction);

    /// <summary>What following did: the feed's card, what the probe saw and when it is polled.</summary>
    public static MessagePayload Followed(Feed feed, int items, TimeSpan pollInterval, int maxItemsPerPoll) => new()
    {
        Content = DiscordText.Truncate($"Following **{Escape(feed.Title ?? feed.Url.Host)}**: its new items that pass the filter are added to my sources.", DiscordLimits.MessageContentLength),
        Embeds =
        [
            Card(feed, [
                new() { Name = "Items in the feed now", Value = items.ToString(CultureInfo.InvariantCulture), Inline = true },
                new()
                {
                    Name = "Next poll",
                    Value = string.Create(CultureInfo.InvariantCulture, $"within {Duration(pollInterval)}, then about every {Duration(pollInterval)} (at most {maxItemsPerPoll} articles per poll)"),
                    Inline = true,
                },
            ]),
        ],
    };

    /// <summary>Said when the link is already followed: its card, nothing added.</summary>
    public static MessagePayload AlreadyFollowed(Feed feed) => new()
    {
        Content = DiscordText.Truncate(
            string.Create(CultureInfo.InvariantCulture, $"I already follow that feed as feed {feed.Id}: nothing was added."), DiscordLimits.MessageContentLength),
        Embeds = [Card(feed, [])],
    };

    /// <summary>Why the feed was not followed.</summary>
    public static string NotFollowed(string reason) =>
        DiscordText.Truncate($"I couldn't follow that: {reason}. Nothing was added.", DiscordLimits.MessageContentLength);

    /// <summary>Said when no feed has the id given.</summary>
    public static MessagePayload Unknown(long? id) => ReplyPayloads.Ephemeral(
        string.Create(CultureInfo.InvariantCulture, $"I follow no feed {id}. `/feeds list` shows the ids."));

    /// <summary>The confirmation asked before no longer following <paramref name="feed"/>.</summary>
    public static MessagePayload ConfirmRemoval(Feed feed) => ReplyPayloads.Ephemeral(
        DiscordText.Truncate(
            string.Create(CultureInfo.InvariantCulture, $"Stop following **{Escape(feed.Title ?? feed.Url.Host)}** (feed {feed.Id})? Documents already added from it stay."),
            DiscordLimits.MessageContentLength),
        [Card(feed, [])]) with
    {
        Components =
        [
            new ActionRow
            {
                Components =
                [
                    new Button { Label = "Stop following", Style = ButtonStyle.Danger, CustomId = string.Join(Separator, Prefix, RemoveAction, feed.Id.ToString(CultureInfo.InvariantCulture)) },
                    new Button { Label = "Keep", Style = ButtonStyle.Secondary, CustomId = string.Join(Separator, Prefix, KeepAction) },
                ],
            },
        ],
    };

    /// <summary>Said after a removal.</summary>
    public static string Removed(Feed feed) => DiscordText.Truncate(
        string.Create(CultureInfo.InvariantCulture, $"No longer following **{Escape(feed.Title ?? feed.Url.Host)}** (feed {feed.Id}); documents already added from it stay."),
        DiscordLimits.MessageContentLength);

    /// <summary>A reply that replaces the message a button was on, without its embeds and buttons.</summary>
    public static MessagePayload Cleared(string text) => ReplyPayloads.Ephemeral(text) with { Embeds = [], Components = [] };

    /// <summary>
    /// The followed feeds, one field each (url, filter, last poll, errors, items waiting for a retry), as many as fit one
    /// embed (25 fields, 6,000 characters); the rest are counted in the footer.
    /// </summary>
    public static MessagePayload List(IReadOnlyList<Feed> feeds, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        if (feeds.Count == 0)
        {
            return ReplyPayloads.Ephemeral(None);
        }

        var fields = new List<EmbedField>();
        var length = 0;
        foreach (var feed in feeds)
        {
            var field = new EmbedField
            {
                Name = DiscordText.Truncate(string.Create(CultureInfo.InvariantCulture, $"{feed.Id}. {feed.Title ?? feed.Url.Host}"), DiscordLimits.EmbedFieldNameLength),
                Value = DiscordText.Truncate(Summary(feed, time), DiscordLimits.EmbedFieldValueLength),
            };
            if (fields.Count == DiscordLimits.EmbedFieldCount || length + field.Name.Length + field.Value.Length > ListBudget)
            {
                break;
            }

            fields.Add(field);
            length += field.Name.Length + field.Value.Length;
        }

        var left = feeds.Count - fields.Count;
        var embed = new Embed
        {
            Title = string.Create(CultureInfo.InvariantCulture, $"{feeds.Count} followed feed{(feeds.Count == 1 ? string.Empty : "s")}"),
            Color = BotLimits.EmbedColor,
            Fields = fields,
            Footer = left == 0 ? null : new EmbedFooter { Text = string.Create(CultureInfo.InvariantCulture, $"… and {left} more (vendorbot feeds list shows them all)") },
        };
        return ReplyPayloads.Ephemeral(string.Empty, [embed]);
    }

    /// <summary>Autocomplete choices for a feed id: feeds whose id, title or link contains <paramref name="typed"/>, id prefix matches first.</summary>
    public static IReadOnlyList<ApplicationCommandChoice> Suggest(IReadOnlyList<Feed> feeds, string typed) =>
        [.. feeds
            .Where(f => Id(f).Contains(typed, StringComparison.Ordinal) || Contains(f.Title, typed) || Contains(f.Url.AbsoluteUri, typed))
            .OrderBy(f => Id(f).StartsWith(typed, StringComparison.Ordinal) ? 0 : 1)
            .Take(BotLimits.AutocompleteChoices)
            .Select(f => ApplicationCommandChoice.Of(DiscordText.Truncate($"{Id(f)}. {f.Title ?? f.Url.Host} — {f.Url.AbsoluteUri}", DiscordLimits.ChoiceNameLength), f.Id))];

    /// <summary>The filter as one line: vendors and keywords, or that every item is added.</summary>
    public static string Filter(Feed feed)
    {
        var parts = new List<string>();
        if (feed.Vendors.Count > 0)
        {
            parts.Add($"vendors: {string.Join(", ", feed.Vendors)}");
        }

        if (feed.Keywords.Count > 0)
        {
            parts.Add($"keywords: {string.Join(", ", feed.Keywords)}");
        }

        return parts.Count == 0 ? "none: every new item is added" : string.Join("; ", parts);
    }

    private static Embed Card(Feed feed, IReadOnlyList<EmbedField> more) => new()
    {
        Title = DiscordText.Truncate(feed.Title ?? feed.Url.Host, DiscordLimits.EmbedTitleLength),
        Url = DiscordText.IsWebUrl(feed.Url.AbsoluteUri) ? feed.Url.AbsoluteUri : null,
        Color = BotLimits.EmbedColor,
        Fields =
        [
            new() { Name = "Id", Value = feed.Id.ToString(CultureInfo.InvariantCulture), Inline = true },
            .. more,
            new() { Name = "Filter", Value = DiscordText.Truncate(Escape(Filter(feed)), DiscordLimits.EmbedFieldValueLength) },
            new() { Name = "Link", Value = DiscordText.Truncate(feed.Url.AbsoluteUri, DiscordLimits.EmbedFieldValueLength) },
        ],
    };

    private static string Summary(Feed feed, TimeProvider time)
    {
        var lines = new List<string>
        {
            DiscordText.Truncate(feed.Url.AbsoluteUri, TextLength),
            $"Filter: {Escape(Filter(feed))}",
            feed.LastPolledAt is { } at ? $"Last poll: <t:{at.ToUnixTimeSeconds()}:R>" : "Last poll: never (polled soon)",
        };
        if (feed.LastError is { } error)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Last error: {Escape(error)} ({feed.ConsecutiveFailures} in a row{Next(feed, time)})"));
        }

        if (feed.RetryingItems > 0)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{feed.RetryingItems} item{(feed.RetryingItems == 1 ? string.Empty : "s")} waiting for a retry"));
        }

        if (feed.LastItemError is { } itemError)
        {
            lines.Add($"Last item error: {Escape(itemError)}");
        }

        return string.Join('\n', lines);
    }

    private static string Next(Feed feed, TimeProvider time) =>
        feed.NextPollAt is { } next && next > time.GetUtcNow() ? $"; next try <t:{next.ToUnixTimeSeconds()}:R>" : string.Empty;

    private static string Duration(TimeSpan span) => span.TotalHours >= 1 && span.Minutes == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0} h")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0} min");

    private static string Id(Feed feed) => feed.Id.ToString(CultureInfo.InvariantCulture);

    private static bool Contains(string? text, string part) => text?.Contains(part, StringComparison.OrdinalIgnoreCase) == true;

    private static string Escape(string text) => DiscordText.EscapeMarkdown(DiscordText.Truncate(text, TextLength));
}
