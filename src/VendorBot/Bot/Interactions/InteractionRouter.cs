using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using VendorBot.Bot.Flood;
using VendorBot.Bot.Replies;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;

namespace VendorBot.Bot.Interactions;

/// <summary>
/// Routes INTERACTION_CREATE to the command, button and autocomplete handlers, once per interaction id, off the
/// gateway's event loop. A handler failure gets an apology with an error id; an autocomplete that fails, or comes
/// while the bot is restarting, gets empty choices (Discord accepts only callback type 8 for it).
/// </summary>
internal sealed class InteractionRouter(
    DeliveryDeduplicator deduplicator,
    QuestionScheduler scheduler,
    AskCommand ask,
    SourcesCommand sources,
    ReindexCommand reindex,
    HelpCommand help,
    VendorsCommand vendors,
    ClaimsCommand claims,
    TimelineCommand timeline,
    SettingsCommand settings,
    AnswerButtons buttons,
    VendorAutocomplete autocomplete,
    IDiscordRestClient rest,
    TimeProvider time,
    ILogger<InteractionRouter> logger)
{
    private const string ErrorIdAlphabet = "23456789abcdefghijkmnpqrstuvwxyz";

    /// <summary>Handles one interaction: schedules its handler, or says the bot is restarting.</summary>
    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var receivedAt = time.GetTimestamp();
        if (!await deduplicator.TryBeginAsync(interaction.Id, cancellationToken).ConfigureAwait(false))
        {
            BotLog.Duplicate(logger, interaction.Id);
            return;
        }

        Func<CancellationToken, Task>? handler = (interaction.Type, interaction.Data?.Name) switch
        {
            (InteractionType.ApplicationCommand, BotCommands.Ask) => token => ask.HandleAsync(interaction, receivedAt, token),
            (InteractionType.ApplicationCommand, BotCommands.Sources) => token => sources.HandleAsync(interaction, token),
            (InteractionType.ApplicationCommand, BotCommands.Reindex) => token => reindex.HandleAsync(interaction, token),
            (InteractionType.ApplicationCommand, BotCommands.Help) => token => help.HandleAsync(interaction, token),
            (InteractionType.ApplicationCommand, BotCommands.Vendors) => token => vendors.HandleAsync(interaction, token),
            (InteractionType.ApplicationCommand, BotCommands.Claims) => token => claims.HandleAsync(interaction, token),
            (InteractionType.ApplicationCommand, BotCommands.Timeline) => token => timeline.HandleAsync(interaction, token),
            (InteractionType.ApplicationCommand, BotCommands.Settings) => token => settings.HandleAsync(interaction, token),
            (InteractionType.MessageComponent, _) when TimelineCommand.Owns(interaction.Data?.CustomId) => token => timeline.HandleAsync(interaction, token),
            (InteractionType.MessageComponent, _) => token => buttons.HandleAsync(interaction, token),
            (InteractionType.ApplicationCommandAutocomplete, _) => token => autocomplete.HandleAsync(interaction, token),
            _ => null,
        };
        if (handler is null)
        {
            return;
        }

        if (!scheduler.TrySchedule(token => GuardAsync(interaction, handler, token)))
        {
            await RespondAsync(interaction, BotMessages.Restarting, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task GuardAsync(Interaction interaction, Func<CancellationToken, Task> handler, CancellationToken cancellationToken)
    {
        try
        {
            await handler(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var errorId = RandomNumberGenerator.GetString(ErrorIdAlphabet, 8);
            BotLog.InteractionFailed(logger, exception, interaction.Data?.Name ?? interaction.Type.ToString(), errorId);
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
                await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Autocomplete([]), deadline.Token)
                    .ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is DiscordRestException or OperationCanceledException)
            {
                BotLog.NoticeFailed(logger, exception);
            }

            return;
        }

        try
        {
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Message(ReplyPayloads.Ephemeral(text)), deadline.Token)
                .ConfigureAwait(false);
        }
        catch (DiscordRestException)
        {
            try
            {
                await new InteractionReplySink(rest, interaction).ShowNoticeAsync(text, deadline.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                BotLog.NoticeFailed(logger, exception);
            }
        }
        catch (OperationCanceledException exception)
        {
            BotLog.NoticeFailed(logger, exception);
        }
    }
}
