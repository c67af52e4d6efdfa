using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorBot.Bot.Interactions;
using VendorBot.Bot.Replies;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;
using VendorBot.Feeds;
using VendorBot.Knowledge.Articles;
using VendorBot.Knowledge.Loading;

namespace VendorBot.Bot.Feeds;

/// <summary>
/// <c>/feeds add|list|remove</c> (admins): the feeds of <c>vendorbot feeds add|list|remove</c>, from Discord. Every
/// reply is ephemeral. <c>add</c> is deferred, checks the link by the same fetching rules as the CLI and fetches it once
/// as a feed (<see cref="FeedPoller.ProbeAsync"/>) before following it; <c>remove</c> asks for confirmation with a
/// button (<c>vbf:…</c>, admin-checked like the command, carrying the feed id so it works after a restart).
/// </summary>
internal sealed class FeedsCommand(
    IFeedStore store, FeedPoller poller, IOptions<FeedsOptions> options, TimeProvider time, IDiscordRestClient rest, ILogger<FeedsCommand> logger)
    : ISlashCommand, IComponentHandler, IAutocompleteHandler
{
    private const string Add = "add", List = "list", Remove = "remove";
    private const string Url = "url", Vendors = "vendors", Keywords = "keywords", Id = "id";
    private static readonly AdminOnly Admins = new("manage the feeds");

    /// <inheritdoc />
    public CommandDeclaration Declaration { get; } = new()
    {
        Name = "feeds",
        Description = "Follow, list or stop following the RSS and Atom feeds I add sources from (admins).",
        Admins = Admins,
        Options =
        [
            new()
            {
                Name = Add,
                Type = ApplicationCommandOptionType.SubCommand,
                Description = "Follow an RSS or Atom feed: its new items become sources",
                Options =
                [
                    new() { Name = Url, Description = "The feed's link (http or https)", Required = true, MaxLength = FeedReplies.UrlMaxLength },
                    new() { Name = Vendors, Description = "Only items naming one of these vendors, comma-separated", MaxLength = BotLimits.VendorListMaxLength },
                    new() { Name = Keywords, Description = "Only items naming one of these words, comma-separated", MaxLength = BotLimits.VendorListMaxLength },
                ],
            },
            new() { Name = List, Type = ApplicationCommandOptionType.SubCommand, Description = "List the followed feeds with their filter, last poll and errors" },
            new()
            {
                Name = Remove,
                Type = ApplicationCommandOptionType.SubCommand,
                Description = "Stop following a feed (asks to confirm; documents already added stay)",
                Options =
                [
                    new() { Name = Id, Type = ApplicationCommandOptionType.Integer, Description = "The feed id (see /feeds list)", Required = true, Autocomplete = true, MinValue = 1 },
                ],
            },
        ],
    };

    /// <inheritdoc />
    public ComponentDeclaration Components { get; } = new([FeedReplies.Prefix], Admins);

    /// <summary>Handles one <c>/feeds</c> sub-command by an admin.</summary>
    public async Task HandleAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var interaction = invocation.Interaction;
        var sub = interaction.Data?.Options is [var only] ? only : null;
        var given = sub?.Options ?? [];
        switch (sub?.Name)
        {
            case Add:
                await AddAsync(interaction, given, cancellationToken).ConfigureAwait(false);
                break;
            case List:
                var feeds = await store.ListAsync(cancellationToken).ConfigureAwait(false);
                await RespondAsync(interaction, InteractionResponse.Message(FeedReplies.List(feeds, time)), cancellationToken).ConfigureAwait(false);
                break;
            case Remove:
                var id = given.FirstOrDefault(option => option.Name == Id)?.GetInt64();
                var doomed = (await store.ListAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(feed => feed.Id == id);
                await RespondAsync(interaction, InteractionResponse.Message(doomed is null ? FeedReplies.Unknown(id) : FeedReplies.ConfirmRemoval(doomed)), cancellationToken)
                    .ConfigureAwait(false);
                break;
            default:
                await RespondAsync(interaction, InteractionResponse.Message(ReplyPayloads.Ephemeral(FeedReplies.Usage)), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Handles a button: a confirmed removal, or keeping the feed.</summary>
    public async Task HandleComponentAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var customId = interaction.Data?.CustomId;
        MessagePayload? payload = FeedReplies.RemovalOf(customId) is { } id
            ? await RemoveAsync(id, Requester(interaction), cancellationToken).ConfigureAwait(false)
            : FeedReplies.IsKeep(customId) ? FeedReplies.Cleared(FeedReplies.Kept) : null;
        if (payload is not null)
        {
            await RespondAsync(interaction, InteractionResponse.Update(payload), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task AutocompleteAsync(Interaction interaction, InteractionDataOption focused, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(focused);
        var feeds = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        var choices = FeedReplies.Suggest(feeds, focused.GetString()?.Trim() ?? string.Empty);
        await RespondAsync(interaction, InteractionResponse.Autocomplete(choices), cancellationToken).ConfigureAwait(false);
    }

    private static string? Find(IReadOnlyList<InteractionDataOption> options, string name) =>
        options.FirstOrDefault(option => option.Name == name)?.GetString() is { Length: > 0 } value ? value.Trim() : null;

    private static List<string> Words(string? list) =>
        [.. (list ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static string Requester(Interaction interaction) => "discord:" + (interaction.Invoker?.Id.ToString() ?? "unknown");

    private async Task AddAsync(Interaction interaction, IReadOnlyList<InteractionDataOption> given, CancellationToken cancellationToken)
    {
        await RespondAsync(interaction, InteractionResponse.Deferred(ephemeral: true), cancellationToken).ConfigureAwait(false);
        var requester = Requester(interaction);
        var link = Find(given, Url) ?? string.Empty;
        MessagePayload payload;
        try
        {
            if (!Uri.TryCreate(link, UriKind.Absolute, out var url))
            {
                throw new DocumentFetchException($"“{link}” is not a link (it must start with http:// or https://)");
            }

            WebFetcher.CheckLink(url);
            var followed = (await store.ListAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(feed => feed.Url.AbsoluteUri == url.AbsoluteUri);
            if (followed is not null)
            {
                payload = FeedReplies.AlreadyFollowed(followed);
            }
            else
            {
                var (title, items) = await poller.ProbeAsync(url, requester, cancellationToken).ConfigureAwait(false);
                var feed = await store.AddAsync(url, title, Words(Find(given, Vendors)), Words(Find(given, Keywords)), requester, cancellationToken).ConfigureAwait(false);
                BotLog.FeedFollowed(logger, feed.Id, feed.Url, requester, items);
                payload = FeedReplies.Followed(feed, items, options.Value.PollInterval, options.Value.MaxItemsPerPoll);
            }
        }
        catch (Exception exception) when (exception is DocumentFetchException or DocumentLoadException)
        {
            BotLog.FeedNotFollowed(logger, requester, exception.Message);
            payload = new MessagePayload { Content = FeedReplies.NotFollowed(exception.Message) };
        }

        await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, payload, cancellationToken).ConfigureAwait(false);
    }

    private async Task<MessagePayload> RemoveAsync(long id, string requester, CancellationToken cancellationToken)
    {
        var feed = (await store.ListAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(f => f.Id == id);
        if (feed is null || !await store.RemoveAsync(id, cancellationToken).ConfigureAwait(false))
        {
            return FeedReplies.Cleared(FeedReplies.AlreadyGone);
        }

        BotLog.FeedRemoved(logger, id, feed.Url, requester);
        return FeedReplies.Cleared(FeedReplies.Removed(feed));
    }

    private Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken) =>
        rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, cancellationToken);
}
