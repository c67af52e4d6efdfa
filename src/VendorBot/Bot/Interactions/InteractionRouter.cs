using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using VendorBot.Bot.Flood;
using VendorBot.Bot.Replies;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;

namespace VendorBot.Bot.Interactions;

/// <summary>
/// Routes INTERACTION_CREATE, once per interaction id and off the gateway's event loop, to the registered handlers: a
/// command or autocomplete by command name, a component by its custom_id prefix (the part before the first <c>:</c>).
/// A declared "admins only" precondition is checked here, before the handler runs. A handler failure gets an apology
/// with an error id; an autocomplete that fails, is refused or comes while the bot is restarting gets empty choices
/// (Discord accepts only callback type 8 for it).
/// </summary>
internal sealed class InteractionRouter
{
    private const string ErrorIdAlphabet = "23456789abcdefghijkmnpqrstuvwxyz";
    private const char PrefixSeparator = ':';

    private readonly FrozenDictionary<string, ISlashCommand> _commands;
    private readonly FrozenDictionary<string, IComponentHandler> _components;
    private readonly DeliveryDeduplicator _deduplicator;
    private readonly QuestionScheduler _scheduler;
    private readonly AdminPolicy _admins;
    private readonly IDiscordRestClient _rest;
    private readonly TimeProvider _time;
    private readonly ILogger<InteractionRouter> _logger;

    /// <summary>Creates the router over the registered handlers.</summary>
    /// <exception cref="InvalidOperationException">Two commands share a name, or two handlers a prefix.</exception>
    public InteractionRouter(
        IEnumerable<ISlashCommand> commands,
        IEnumerable<IComponentHandler> components,
        DeliveryDeduplicator deduplicator,
        QuestionScheduler scheduler,
        AdminPolicy admins,
        IDiscordRestClient rest,
        TimeProvider time,
        ILogger<InteractionRouter> logger)
    {
        _commands = Unique(commands.Select(c => (c.Declaration.Name, c)), "command name");
        _components = Unique(components.SelectMany(h => h.Components.Prefixes.Select(prefix => (prefix, h))), "component prefix");
        _deduplicator = deduplicator;
        _scheduler = scheduler;
        _admins = admins;
        _rest = rest;
        _time = time;
        _logger = logger;
    }

    /// <summary>Handles one interaction: schedules its handler, or says the bot is restarting.</summary>
    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var receivedAt = _time.GetTimestamp();
        if (!await _deduplicator.TryBeginAsync(interaction.Id, cancellationToken).ConfigureAwait(false))
        {
            BotLog.Duplicate(_logger, interaction.Id);
            return;
        }

        if (Route(interaction, receivedAt) is not { } route)
        {
            return;
        }

        if (!_scheduler.TrySchedule(token => GuardAsync(interaction, route, token)))
        {
            await RespondAsync(interaction, BotMessages.Restarting, cancellationToken).ConfigureAwait(false);
        }
    }

    private (AdminOnly? Admins, Func<CancellationToken, Task> Handler)? Route(Interaction interaction, long receivedAt)
    {
        var data = interaction.Data;
        switch (interaction.Type)
        {
            case InteractionType.ApplicationCommand when data?.Name is { } name && _commands.TryGetValue(name, out var command):
                return (command.Declaration.Admins, token => command.HandleAsync(new CommandInvocation(interaction, receivedAt), token));
            case InteractionType.ApplicationCommandAutocomplete
                when data?.Name is { } name && _commands.TryGetValue(name, out var command) && command is IAutocompleteHandler suggester && data.FocusedOption() is { } focused:
                return (command.Declaration.Admins, token => suggester.AutocompleteAsync(interaction, focused, token));
            case InteractionType.MessageComponent when data?.CustomId is { } customId && _components.TryGetValue(PrefixOf(customId), out var handler):
                return (handler.Components.Admins, token => handler.HandleComponentAsync(interaction, token));
            default:
                return null;
        }
    }

    private static string Describe(Interaction interaction) => interaction.Type == InteractionType.MessageComponent
        ? "button " + PrefixOf(interaction.Data?.CustomId ?? string.Empty)
        : "/" + interaction.Data?.Name;

    private static string PrefixOf(string customId) => customId.IndexOf(PrefixSeparator, StringComparison.Ordinal) is var end and >= 0 ? customId[..end] : customId;

    private static FrozenDictionary<string, T> Unique<T>(IEnumerable<(string Key, T Value)> entries, string what)
    {
        var table = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            if (!table.TryAdd(key, value))
            {
                throw new InvalidOperationException($"Two interaction handlers declare the {what} '{key}'.");
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private async Task GuardAsync(Interaction interaction, (AdminOnly? Admins, Func<CancellationToken, Task> Handler) route, CancellationToken cancellationToken)
    {
        if (route.Admins is { } admins && !_admins.IsAdmin(interaction))
        {
            BotLog.AdminRefused(_logger, Describe(interaction), interaction.Invoker?.Id ?? default);
            await RespondAsync(interaction, admins.Refusal, cancellationToken).ConfigureAwait(false);
            return;
        }

        await RunAsync(interaction, route.Handler, cancellationToken).ConfigureAwait(false);
    }

    private async Task RunAsync(Interaction interaction, Func<CancellationToken, Task> handler, CancellationToken cancellationToken)
    {
        try
        {
            await handler(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var errorId = RandomNumberGenerator.GetString(ErrorIdAlphabet, 8);
            BotLog.InteractionFailed(_logger, exception, interaction.Data?.Name ?? interaction.Type.ToString(), errorId);
            await RespondAsync(interaction, BotMessages.Apology(errorId, timedOut: false), CancellationToken.None).ConfigureAwait(false);
        }
    }

    // Not knowing whether the interaction was already acknowledged, try a fresh response, then an edit of the original.
    // An autocomplete takes only callback type 8 and has no message to edit: it gets empty choices.
    private async Task RespondAsync(Interaction interaction, string text, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(BotLimits.NoticeTimeout);
        if (interaction.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            try
            {
                await _rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Autocomplete([]), deadline.Token)
                    .ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is DiscordRestException or OperationCanceledException)
            {
                BotLog.NoticeFailed(_logger, exception);
            }

            return;
        }

        try
        {
            await _rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Message(ReplyPayloads.Ephemeral(text)), deadline.Token)
                .ConfigureAwait(false);
        }
        catch (DiscordRestException)
        {
            try
            {
                await new InteractionReplySink(_rest, interaction).ShowNoticeAsync(text, deadline.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                BotLog.NoticeFailed(_logger, exception);
            }
        }
        catch (OperationCanceledException exception)
        {
            BotLog.NoticeFailed(_logger, exception);
        }
    }
}
