using Microsoft.Extensions.Logging;
using VendorBot.Answering;
using VendorBot.Bot.Flood;
using VendorBot.Bot.Replies;
using VendorBot.Bot.Settings;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;

namespace VendorBot.Bot.Interactions;

/// <summary>
/// <c>/ask question [vendor]</c>: flood check, deferred at once (ephemeral when the channel says so), then the answer
/// replaces the deferred response. The channel's vendor scope applies; a vendor outside it gets a short notice instead.
/// Cited-only does not apply: the asker always gets a reply.
/// </summary>
internal sealed class AskCommand(
    FloodGate flood,
    AnswerRunner runner,
    ChannelSettingsStore settingsStore,
    ThreadParents threadParents,
    IDiscordRestClient rest,
    BotMetrics metrics,
    ILogger<AskCommand> logger)
{
    /// <summary>Handles one <c>/ask</c>.</summary>
    public async Task HandleAsync(Interaction interaction, long receivedAt, CancellationToken cancellationToken)
    {
        metrics.Question(BotCommands.Ask);
        var user = interaction.Invoker?.Id ?? default;
        var channel = interaction.ChannelId ?? default;
        var verdict = flood.TryAcquire(user, channel);
        if (!verdict.Allowed)
        {
            metrics.RateLimited(verdict.Scope.ToString().ToLowerInvariant());
            BotLog.RateLimited(logger, user, channel, verdict.Scope);
            var notice = BotMessages.SlowDown(verdict.RetryAfter, verdict.Scope == FloodScope.Channel);
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Message(ReplyPayloads.Ephemeral(notice)), cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        var settings = interaction.GuildId is null
            ? ChannelSettings.Default
            : await settingsStore.ResolveAsync(channel, threadParents.ParentOf(channel), cancellationToken).ConfigureAwait(false);
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Deferred(settings.Ephemeral), cancellationToken)
            .ConfigureAwait(false);
        var sink = new InteractionReplySink(rest, interaction, settings.Ephemeral);
        var question = interaction.Data?.FindOption(BotCommands.Question)?.GetString() ?? string.Empty;
        if (settings.ScopeFor(interaction.Data?.FindOption(BotCommands.Vendor)?.GetString()) is not { } scope)
        {
            await runner.NoticeAsync(sink, BotMessages.OutOfScope(settings.Vendors)).ConfigureAwait(false);
            return;
        }

        var origin = new AnswerOrigin(interaction.GuildId?.ToString(), interaction.ChannelId?.ToString(), user.ToString());
        var request = new AnswerRequest(question, [], scope.Vendor, origin, scope.Vendors);
        await runner.RunAsync(request, sink, receivedAt, citedOnly: false, cancellationToken).ConfigureAwait(false);
    }
}
