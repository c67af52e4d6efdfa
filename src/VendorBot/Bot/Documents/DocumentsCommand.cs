using Microsoft.Extensions.Logging;
using VendorBot.Bot.Interactions;
using VendorBot.Bot.Replies;
using VendorBot.Discord.Commands;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Articles;
using VendorBot.Knowledge.Indexing;
using VendorBot.Knowledge.Loading;

namespace VendorBot.Bot.Documents;

/// <summary>
/// <c>/documents add|list|show|edit|remove</c> (admins): the same article pipeline as <c>vendorbot add|documents|remove</c>
/// (<see cref="ArticleLibrary"/>), from Discord. Every reply is ephemeral. <c>add</c> takes a link or an uploaded file,
/// is deferred, and answers with what was added and an Undo button; <c>edit</c> rewrites the front matter and reindexes
/// the document; <c>remove</c> asks for confirmation with a button.
/// Buttons (<c>vbd:…</c>) are admin-checked like the command and carry their state, so they work after a restart.
/// </summary>
internal sealed class DocumentsCommand(ArticleLibrary library, VendorAutocomplete vendors, IDiscordRestClient rest, ILogger<DocumentsCommand> logger)
    : ISlashCommand, IComponentHandler, IAutocompleteHandler
{
    private const string Add = "add", List = "list", Show = "show", Edit = "edit", Remove = "remove";
    private const string Url = "url", File = "file", Vendor = "vendor", Query = "query", Id = "id";
    private const string Title = "title", Publisher = "publisher", Published = "published", Vendors = "vendors";
    private static readonly AdminOnly Admins = new("manage the documents");

    private static readonly ApplicationCommandOption IdOption =
        new() { Name = Id, Description = "The document id (see /documents list)", Required = true, Autocomplete = true, MaxLength = DiscordLimits.ChoiceValueLength };

    /// <inheritdoc />
    public CommandDeclaration Declaration { get; } = new()
    {
        Name = "documents",
        Description = "Add, list, show, correct or remove the documents I answer from (admins).",
        Admins = Admins,
        Options =
        [
            new()
            {
                Name = Add,
                Type = ApplicationCommandOptionType.SubCommand,
                Description = "Add an article from a link or an uploaded file",
                Options =
                [
                    new() { Name = Url, Description = "A link to the article (http or https)", MaxLength = DocumentReplies.UrlMaxLength },
                    new() { Name = File, Type = ApplicationCommandOptionType.Attachment, Description = "A .md, .txt, .html or .pdf file" },
                ],
            },
            new()
            {
                Name = List,
                Type = ApplicationCommandOptionType.SubCommand,
                Description = "List the documents, newest first",
                Options =
                [
                    new() { Name = Vendor, Description = "Only documents about this vendor", Autocomplete = true, MaxLength = DocumentReplies.FilterMaxLength },
                    new() { Name = Query, Description = "Only documents whose title, publisher or id contains this", MaxLength = DocumentReplies.FilterMaxLength },
                ],
            },
            new() { Name = Show, Type = ApplicationCommandOptionType.SubCommand, Description = "Show one document", Options = [IdOption] },
            new()
            {
                Name = Edit,
                Type = ApplicationCommandOptionType.SubCommand,
                Description = "Correct a Markdown document's title, publisher, date or vendors",
                Options =
                [
                    IdOption,
                    new() { Name = Title, Description = "The new title", MaxLength = DiscordLimits.EmbedTitleLength },
                    new() { Name = Publisher, Description = "The new publisher", MaxLength = DiscordLimits.EmbedTitleLength },
                    new() { Name = Published, Description = "The publication date: yyyy-MM-dd, or yyyy-MM for a month", MaxLength = DocumentReplies.DateMaxLength },
                    new() { Name = Vendors, Description = "The vendors it is about, comma-separated (replaces the list)", MaxLength = BotLimits.VendorListMaxLength },
                ],
            },
            new() { Name = Remove, Type = ApplicationCommandOptionType.SubCommand, Description = "Remove a document (asks to confirm)", Options = [IdOption] },
        ],
    };

    /// <inheritdoc />
    public ComponentDeclaration Components { get; } = new([DocumentReplies.Prefix], Admins);

    /// <summary>Handles one <c>/documents</c> sub-command by an admin.</summary>
    public async Task HandleAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var interaction = invocation.Interaction;
        var sub = interaction.Data?.Options is [var only] ? only : null;
        var options = sub?.Options ?? [];
        switch (sub?.Name)
        {
            case Add:
                await AddAsync(interaction, options, cancellationToken).ConfigureAwait(false);
                break;
            case List:
                var page = await ListPageAsync(0, Find(options, Vendor), Find(options, Query), cancellationToken).ConfigureAwait(false);
                await RespondAsync(interaction, InteractionResponse.Message(page), cancellationToken).ConfigureAwait(false);
                break;
            case Show:
                var shown = await library.FindAsync(Find(options, Id) ?? string.Empty, cancellationToken).ConfigureAwait(false);
                await RespondAsync(interaction, InteractionResponse.Message(shown is null ? DocumentReplies.Unknown(Find(options, Id)) : DocumentReplies.Shown(shown)), cancellationToken)
                    .ConfigureAwait(false);
                break;
            case Edit:
                await EditAsync(interaction, options, cancellationToken).ConfigureAwait(false);
                break;
            case Remove:
                var doomed = await library.FindAsync(Find(options, Id) ?? string.Empty, cancellationToken).ConfigureAwait(false);
                await RespondAsync(interaction, InteractionResponse.Message(doomed is null ? DocumentReplies.Unknown(Find(options, Id)) : DocumentReplies.ConfirmRemoval(doomed)), cancellationToken)
                    .ConfigureAwait(false);
                break;
            default:
                await RespondAsync(interaction, InteractionResponse.Message(ReplyPayloads.Ephemeral(DocumentReplies.Usage)), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Handles a button: a list page, a removal (confirmed, or an undo) or keeping the document.</summary>
    public async Task HandleComponentAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var payload = DocumentReplies.Parse(interaction.Data?.CustomId) switch
        {
            DocumentButton.Page page => await ListPageAsync(page.Number, page.Vendor, page.Query, cancellationToken).ConfigureAwait(false),
            DocumentButton.RemoveDocument removal => await RemoveAsync(removal.Key, Requester(interaction), cancellationToken).ConfigureAwait(false),
            DocumentButton.Keep => ReplyPayloads.Ephemeral(DocumentReplies.Kept) with { Embeds = [], Components = [] },
            _ => null,
        };
        if (payload is not null)
        {
            await RespondAsync(interaction, InteractionResponse.Update(payload), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task AutocompleteAsync(Interaction interaction, InteractionDataOption focused, CancellationToken cancellationToken)
    {
        if (focused.Name == Vendor)
        {
            await vendors.SuggestAsync(interaction, focused, cancellationToken).ConfigureAwait(false);
            return;
        }

        var documents = await library.ListAsync(null, cancellationToken).ConfigureAwait(false);
        var choices = DocumentReplies.Suggest(documents, focused.GetString()?.Trim() ?? string.Empty);
        await RespondAsync(interaction, InteractionResponse.Autocomplete(choices), cancellationToken).ConfigureAwait(false);
    }

    private static string? Find(IReadOnlyList<InteractionDataOption> options, string name) =>
        options.FirstOrDefault(option => option.Name == name)?.GetString() is { Length: > 0 } value ? value.Trim() : null;

    private static string Requester(Interaction interaction) => "discord:" + (interaction.Invoker?.Id.ToString() ?? "unknown");

    private async Task AddAsync(Interaction interaction, IReadOnlyList<InteractionDataOption> options, CancellationToken cancellationToken)
    {
        var link = Find(options, Url);
        var attachment = options.FirstOrDefault(option => option.Name == File)?.GetSnowflake() is { } attachmentId
            && interaction.Data?.Resolved?.Attachments.TryGetValue(attachmentId, out var file) == true ? file : null;
        if ((link is null) == (attachment is null))
        {
            await RespondAsync(interaction, InteractionResponse.Message(ReplyPayloads.Ephemeral(DocumentReplies.LinkOrFile)), cancellationToken).ConfigureAwait(false);
            return;
        }

        await RespondAsync(interaction, InteractionResponse.Deferred(ephemeral: true), cancellationToken).ConfigureAwait(false);
        var requester = Requester(interaction);
        MessagePayload payload;
        try
        {
            var outcome = attachment is null
                ? await library.AddFromUrlAsync(ParseLink(link!), requester, cancellationToken).ConfigureAwait(false)
                : await library.AddFromAttachmentAsync(ParseLink(attachment.Url), attachment.FileName, requester, cancellationToken).ConfigureAwait(false);
            payload = DocumentReplies.Added(outcome);
        }
        catch (Exception exception) when (exception is DocumentFetchException or DocumentLoadException or KnowledgeStoreException or IndexBusyException)
        {
            BotLog.DocumentNotAdded(logger, requester, exception.Message);
            payload = new MessagePayload { Content = DocumentReplies.NotAdded(exception.Message) };
        }

        await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, payload, cancellationToken).ConfigureAwait(false);
    }

    private async Task EditAsync(Interaction interaction, IReadOnlyList<InteractionDataOption> options, CancellationToken cancellationToken)
    {
        var id = Find(options, Id) ?? string.Empty;
        var change = new DocumentEdit(
            Find(options, Title), Find(options, Publisher), Find(options, Published), Find(options, Vendors)?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (change.IsEmpty)
        {
            await RespondAsync(interaction, InteractionResponse.Message(ReplyPayloads.Ephemeral(DocumentReplies.NothingToEdit)), cancellationToken).ConfigureAwait(false);
            return;
        }

        await RespondAsync(interaction, InteractionResponse.Deferred(ephemeral: true), cancellationToken).ConfigureAwait(false);
        var requester = Requester(interaction);
        MessagePayload payload;
        try
        {
            var edited = await library.EditAsync(id, change, requester, cancellationToken).ConfigureAwait(false);
            payload = edited is null ? DocumentReplies.Unknown(id) : DocumentReplies.Edited(edited);
        }
        catch (Exception exception) when (exception is DocumentLoadException or KnowledgeStoreException or IndexBusyException or IOException or UnauthorizedAccessException)
        {
            BotLog.DocumentNotEdited(logger, requester, id, exception.Message);
            payload = new MessagePayload { Content = DocumentReplies.NotEdited(exception.Message) };
        }

        await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, payload with { Flags = null }, cancellationToken).ConfigureAwait(false);
    }

    private static Uri ParseLink(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) ? uri : throw new DocumentFetchException($"“{link}” is not a link (it must start with http:// or https://)");

    private async Task<MessagePayload> ListPageAsync(int page, string? vendor, string? query, CancellationToken cancellationToken)
    {
        var documents = await library.ListAsync(vendor, cancellationToken).ConfigureAwait(false);
        return DocumentReplies.ListPage(documents, page, vendor, query);
    }

    private async Task<MessagePayload> RemoveAsync(string key, string requester, CancellationToken cancellationToken)
    {
        var documents = await library.ListAsync(null, cancellationToken).ConfigureAwait(false);
        if (documents.FirstOrDefault(document => DocumentReplies.KeyOf(document.Id) == key) is not { } document)
        {
            return DocumentReplies.Cleared(DocumentReplies.AlreadyGone);
        }

        try
        {
            var removed = await library.RemoveAsync(document.Id, requester, cancellationToken).ConfigureAwait(false);
            return DocumentReplies.Cleared(removed is null ? DocumentReplies.AlreadyGone : DocumentReplies.Removed(removed));
        }
        catch (Exception exception) when (exception is DocumentLoadException or KnowledgeStoreException or IndexBusyException or IOException or UnauthorizedAccessException)
        {
            BotLog.DocumentNotRemoved(logger, requester, document.Id, exception.Message);
            return DocumentReplies.Cleared(DocumentReplies.NotRemoved(exception.Message));
        }
    }

    private Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken) =>
        rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, cancellationToken);
}
