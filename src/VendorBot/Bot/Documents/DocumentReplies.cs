using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using VendorBot.Bot.Formatting;
using VendorBot.Bot.Replies;
using VendorBot.Discord.Commands;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;
using VendorBot.Knowledge.Articles;

namespace VendorBot.Bot.Documents;

/// <summary>
/// The texts, embeds and buttons of <c>/documents</c>. Button custom_ids: <c>vbd:p:{page}:{vendor}:{query}</c> (filters
/// percent-encoded), <c>vbd:rm:{key}</c> and <c>vbd:keep</c>; a document is named by a short hash of its id so that
/// every custom_id fits Discord's 100 characters whatever the id's length.
/// </summary>
internal static class DocumentReplies
{
    /// <summary>The custom_id prefix of the documents buttons.</summary>
    public const string Prefix = "vbd";

    /// <summary>Longest link accepted.</summary>
    public const int UrlMaxLength = 2000;

    /// <summary>Longest vendor or query filter (both must fit into a page button's custom_id).</summary>
    public const int FilterMaxLength = 30;

    /// <summary>Longest publication date accepted (<c>yyyy-MM-dd</c>).</summary>
    public const int DateMaxLength = 10;

    /// <summary>Said when <c>edit</c> gets nothing to change.</summary>
    public const string NothingToEdit = "Give at least one of `title`, `publisher`, `published` or `vendors` to change.";

    /// <summary>Documents per list page.</summary>
    public const int PageSize = 10;

    /// <summary>Said when <c>add</c> gets neither or both of its options.</summary>
    public const string LinkOrFile = "Give me either a link (`url:`) or a file (`file:`), one of the two.";

    /// <summary>Said to a sub-command this version does not know (a registration from another version).</summary>
    public const string Usage = "Use `/documents add`, `/documents list`, `/documents show` or `/documents remove`.";

    /// <summary>Said when the removal was not confirmed.</summary>
    public const string Kept = "Kept: nothing was removed.";

    /// <summary>Said when the document to remove is no longer indexed.</summary>
    public const string AlreadyGone = "That document is no longer in my sources: nothing to remove.";

    private const string PageAction = "p", RemoveAction = "rm", KeepAction = "keep";
    private const char Separator = ':';
    private const int KeyLength = 16;
    private const int LineLength = 190;

    /// <summary>The short key naming a document in a custom_id: the first hex digits of the SHA-256 of its id.</summary>
    public static string KeyOf(string documentId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(documentId)))[..KeyLength];

    /// <summary>Parses a custom_id made here; null for anything else.</summary>
    public static DocumentButton? Parse(string? customId)
    {
        var parts = customId?.Split(Separator);
        return parts switch
        {
            [Prefix, KeepAction] => new DocumentButton.Keep(),
            [Prefix, RemoveAction, { Length: KeyLength } key] when key.All(char.IsAsciiHexDigitLower) => new DocumentButton.RemoveDocument(key),
            [Prefix, PageAction, var page, var vendor, var query] when int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) =>
                new DocumentButton.Page(number, Unescape(vendor), Unescape(query)),
            _ => null,
        };
    }

    /// <summary>What adding did: the document's card, with an Undo button when it was added.</summary>
    public static MessagePayload Added(AddOutcome outcome)
    {
        var document = outcome.Document;
        var content = outcome.Added
            ? $"Added **{Escape(document.Title)}** and indexed it: I answer from it from now on."
            : $"Already in my sources as `{document.Id}` ({outcome.Duplicate}): nothing was added.";
        return new MessagePayload
        {
            Content = DiscordText.Truncate(content, DiscordLimits.MessageContentLength),
            Embeds = [Card(document)],
            Components = outcome.Added ? [new ActionRow { Components = [new Button { Label = "Undo", Style = ButtonStyle.Danger, CustomId = RemoveId(document.Id) }] }] : [],
        };
    }

    /// <summary>Why nothing was added.</summary>
    public static string NotAdded(string reason) => DiscordText.Truncate($"I couldn't add that: {reason}. Nothing was added.", DiscordLimits.MessageContentLength);

    /// <summary>Why the edit was not made.</summary>
    public static string NotEdited(string reason) => DiscordText.Truncate($"I couldn't edit that: {reason}. Nothing was changed.", DiscordLimits.MessageContentLength);

    /// <summary>The card of a document after its edit.</summary>
    public static MessagePayload Edited(DocumentSummary document) =>
        ReplyPayloads.Ephemeral($"Updated `{document.Id}` and reindexed it:", [Card(document)]);

    /// <summary>Why nothing was removed.</summary>
    public static string NotRemoved(string reason) => DiscordText.Truncate($"I couldn't remove that: {reason}.", DiscordLimits.MessageContentLength);

    /// <summary>Said after a removal.</summary>
    public static string Removed(DocumentSummary document) => DiscordText.Truncate(
        $"Removed **{Escape(document.Title)}** (`{document.Id}`) from the documents folder and the index. Answers already given keep their sources.",
        DiscordLimits.MessageContentLength);

    /// <summary>One document's card, ephemeral.</summary>
    public static MessagePayload Shown(DocumentSummary document) => ReplyPayloads.Ephemeral($"Document `{document.Id}`:", [Card(document)]);

    /// <summary>Said when no document has the id given.</summary>
    public static MessagePayload Unknown(string? id) => ReplyPayloads.Ephemeral(DiscordText.Truncate(
        $"No document has the id “{Escape(id ?? string.Empty)}”. `/documents list` shows the ids.", DiscordLimits.MessageContentLength));

    /// <summary>The confirmation asked before removing <paramref name="document"/>.</summary>
    public static MessagePayload ConfirmRemoval(DocumentSummary document) => ReplyPayloads.Ephemeral(
        DiscordText.Truncate($"Remove **{Escape(document.Title)}** (`{document.Id}`)? Its file is deleted from the documents folder and it leaves the index; answers already given keep their sources.", DiscordLimits.MessageContentLength),
        [Card(document)]) with
    {
        Components =
        [
            new ActionRow
            {
                Components =
                [
                    new Button { Label = "Remove", Style = ButtonStyle.Danger, CustomId = RemoveId(document.Id) },
                    new Button { Label = "Keep", Style = ButtonStyle.Secondary, CustomId = string.Join(Separator, Prefix, KeepAction) },
                ],
            },
        ],
    };

    /// <summary>A reply that replaces the message a button was on, without its embeds and buttons.</summary>
    public static MessagePayload Cleared(string text) => ReplyPayloads.Ephemeral(text) with { Embeds = [], Components = [] };

    /// <summary>
    /// Page <paramref name="page"/> (clamped) of the documents matching <paramref name="query"/> (title, publisher or id),
    /// with Previous / Next buttons when there is more than one page.
    /// </summary>
    public static MessagePayload ListPage(IReadOnlyList<DocumentSummary> documents, int page, string? vendor, string? query)
    {
        var matching = string.IsNullOrWhiteSpace(query)
            ? documents
            : [.. documents.Where(d => Contains(d.Title, query) || Contains(d.Publisher, query) || Contains(d.Id, query))];
        var filter = string.Join(", ", new[] { vendor is null ? null : $"about “{Escape(vendor)}”", query is null ? null : $"matching “{Escape(query)}”" }.OfType<string>());
        if (matching.Count == 0)
        {
            return ReplyPayloads.Ephemeral(filter.Length == 0 ? "My documents folder has no documents yet: add one with `/documents add`." : $"No document {filter}.");
        }

        var pages = (matching.Count + PageSize - 1) / PageSize;
        page = Math.Clamp(page, 0, pages - 1);
        var text = new StringBuilder(string.Create(
            CultureInfo.InvariantCulture, $"**{matching.Count} document{(matching.Count == 1 ? string.Empty : "s")}**{(filter.Length == 0 ? string.Empty : " " + filter)}, newest first (page {page + 1}/{pages}):"));
        foreach (var document in matching.Skip(page * PageSize).Take(PageSize))
        {
            text.Append('\n').Append(DiscordText.Truncate(Line(document), LineLength));
        }

        var (previous, next) = (PageId(page - 1, vendor, query), PageId(page + 1, vendor, query));
        if (pages > 1 && Math.Max(previous.Length, next.Length) > DiscordLimits.CustomIdLength)
        {
            text.Append("\n(The filter is too long to page through: narrow it to see the rest.)");
            pages = 1;
        }

        var payload = ReplyPayloads.Ephemeral(DiscordText.Truncate(text.ToString(), DiscordLimits.MessageContentLength));
        return pages == 1 ? payload : payload with
        {
            Components =
            [
                new ActionRow
                {
                    Components =
                    [
                        new Button { Label = "Previous", CustomId = previous, Disabled = page == 0 },
                        new Button { Label = "Next", CustomId = next, Disabled = page == pages - 1 },
                    ],
                },
            ],
        };
    }

    /// <summary>Autocomplete choices for a document id: ids and titles containing <paramref name="typed"/>, prefix matches first.</summary>
    public static IReadOnlyList<ApplicationCommandChoice> Suggest(IReadOnlyList<DocumentSummary> documents, string typed) =>
        [.. documents
            .Where(d => d.Id.Length <= DiscordLimits.ChoiceValueLength && (Contains(d.Id, typed) || Contains(d.Title, typed)))
            .OrderBy(d => d.Id.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || d.Title.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .Take(BotLimits.AutocompleteChoices)
            .Select(d => ApplicationCommandChoice.Of(DiscordText.Truncate($"{d.Title} — {d.Id}", DiscordLimits.ChoiceValueLength), d.Id))];

    private static Embed Card(DocumentSummary document)
    {
        var fields = new List<EmbedField>
        {
            new() { Name = "Publisher", Value = Field(document.Publisher ?? "unknown"), Inline = true },
            new() { Name = "Published", Value = Field(document.Published ?? "undated"), Inline = true },
            new() { Name = "Passages", Value = document.Passages.ToString(CultureInfo.InvariantCulture), Inline = true },
            new() { Name = "Vendors", Value = Field(document.Vendors.Count == 0 ? "none detected" : string.Join(", ", document.Vendors)) },
            new() { Name = "Id", Value = Field($"`{document.Id}`") },
        };
        return new Embed
        {
            Title = DiscordText.Truncate(document.Title, DiscordLimits.EmbedTitleLength),
            Url = DiscordText.IsWebUrl(document.Url) ? document.Url : null,
            Color = BotLimits.EmbedColor,
            Fields = fields,
        };
    }

    private static string Line(DocumentSummary document)
    {
        var about = string.Join(", ", new[] { document.Publisher, document.Published }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var vendors = document.Vendors.Count == 0 ? string.Empty : " — " + string.Join(", ", document.Vendors.Select(Escape));
        return $"• `{document.Id}` **{Escape(document.Title)}**{(about.Length == 0 ? string.Empty : $" ({Escape(about)})")}{vendors}";
    }

    private static string RemoveId(string documentId) => string.Join(Separator, Prefix, RemoveAction, KeyOf(documentId));

    private static string PageId(int page, string? vendor, string? query) => string.Join(
        Separator, Prefix, PageAction, Math.Max(0, page).ToString(CultureInfo.InvariantCulture), Uri.EscapeDataString(vendor ?? string.Empty), Uri.EscapeDataString(query ?? string.Empty));

    private static string? Unescape(string part) => part.Length == 0 ? null : Uri.UnescapeDataString(part);

    private static bool Contains(string? text, string part) => text?.Contains(part, StringComparison.OrdinalIgnoreCase) == true;

    private static string Field(string text) => DiscordText.Truncate(text, DiscordLimits.EmbedFieldValueLength);

    private static string Escape(string text) => DiscordText.EscapeMarkdown(text);
}
