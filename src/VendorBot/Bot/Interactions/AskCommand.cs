using Microsoft.Extensions.Logging;
using VendorBot.Answering;
using VendorBot.Bot.Flood;
using VendorBot.Bot.Replies;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;

namespace VendorBot.Bot.Interactions;

/// <summary><c>/ask question [vendor]</c>: flood check, deferred at once, then the answer replaces the deferred response.</summary>
internal sealed class AskCommand(
    FloodGate flood,
    AnswerRunner runner,
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

        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Deferred(), cancellationToken).ConfigureAwait(false);
        var question = interaction.Data?.FindOption(BotCommands.Question)?.GetString() ?? string.Empty;
        var vendor = interaction.Data?.FindOption(BotCommands.Vendor)?.GetString();
        var origin = new AnswerOrigin(interaction.GuildId?.ToString(), interaction.ChannelId?.ToString(), user.ToString());
        var request = new AnswerRequest(question, [], string.IsNullOrWhiteSpace(vendor) ? null : vendor.Trim(), origin);
        await runner.RunAsync(request, new InteractionReplySink(rest, interaction), receivedAt, cancellationToken).ConfigureAwait(false);
    }
}
