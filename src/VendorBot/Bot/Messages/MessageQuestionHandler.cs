using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorBot.Answering;
using VendorBot.Bot.Flood;
using VendorBot.Bot.Replies;
using VendorBot.Bot.Settings;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;

namespace VendorBot.Bot.Messages;

/// <summary>
/// Turns a MESSAGE_CREATE into a question when it addresses the bot: drops duplicates, passes it through the question
/// intake (flood control, the channel's settings), and answers in the background as a reply, carrying the reply chain or
/// thread as conversation. The settings decide auto-answering, the vendor scope and whether uncited answers are withheld.
/// </summary>
internal sealed class MessageQuestionHandler(
    BotIdentity identity,
    ConversationMemory memory,
    DeliveryDeduplicator deduplicator,
    QuestionIntake intake,
    QuestionScheduler scheduler,
    AnswerRunner runner,
    ThreadParents threadParents,
    ChannelAccess access,
    IDiscordRestClient rest,
    IOptions<BotOptions> options,
    TimeProvider time,
    ILogger<MessageQuestionHandler> logger)
{
    /// <summary>Handles one message quickly; the answer itself is composed off the gateway's event loop.</summary>
    public async Task HandleAsync(Message message, CancellationToken cancellationToken)
    {
        var receivedAt = time.GetTimestamp();
        if (!identity.IsKnown || message.Author.Bot)
        {
            return;
        }

        var settings = await intake.SettingsAsync(message.GuildId, message.ChannelId, cancellationToken).ConfigureAwait(false);
        if (MessageAddressing.Classify(message, identity.UserId, identity.IsBotThread, settings.AutoAnswer) is not { } question)
        {
            return;
        }

        // A channel where the bot may not post costs nothing: no typing, no reply, no 403.
        if (message.GuildId is not null && !access.CanSend(message.ChannelId, threadParents.ParentOf(message.ChannelId)))
        {
            if (access.FirstSkip(message.ChannelId))
            {
                BotLog.CannotPost(logger, message.ChannelId);
            }

            return;
        }

        if (!await deduplicator.TryBeginAsync(message.Id, cancellationToken).ConfigureAwait(false))
        {
            BotLog.Duplicate(logger, message.Id);
            return;
        }

        BotLog.QuestionReceived(logger, message.ChannelId, question.Question);
        var sink = new ChannelReplySink(rest, message, Mentions());
        var verdict = intake.Admit(question.Kind.ToString().ToLowerInvariant(), message.Author.Id, message.ChannelId);
        if (!verdict.Allowed)
        {
            // Auto-answered messages were not addressed to the bot: over the limit they are dropped without a notice.
            if (verdict.ShouldNotify && question.Kind != AddressKind.Auto && !scheduler.TrySchedule(_ => runner.NoticeAsync(sink, QuestionIntake.SlowDown(verdict))))
            {
                await runner.NoticeAsync(sink, BotMessages.Restarting).ConfigureAwait(false);
            }

            return;
        }

        if (!scheduler.TrySchedule(token => AnswerAsync(question, settings, sink, receivedAt, token)))
        {
            await runner.NoticeAsync(sink, BotMessages.Restarting).ConfigureAwait(false);
        }
    }

    private async Task AnswerAsync(AddressedQuestion question, ChannelSettings settings, ChannelReplySink sink, long receivedAt, CancellationToken cancellationToken)
    {
        var message = question.Message;
        if (!await TypingAsync(message.ChannelId, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var history = memory.HistoryFor(message, identity.UserId, question.Kind == AddressKind.Thread, options.Value.HistoryTurns);
        var request = QuestionIntake.Request(question.Question, history, settings.WholeScope, message.GuildId, message.ChannelId, message.Author.Id);
        if (await runner.RunAsync(request, sink, receivedAt, settings.CitedOnly, cancellationToken).ConfigureAwait(false) is { } answered)
        {
            var parent = message.ReferencedMessage?.Author.Id == identity.UserId ? message.ReferencedMessage.Id : (Snowflake?)null;
            foreach (var id in answered.MessageIds)
            {
                memory.Remember(id, message.ChannelId, new ConversationTurn(question.Question, answered.Answer.Text), parent);
            }
        }
    }

    /// <summary>Shows typing; false when Discord refused it (403), and then the channel is skipped for a while.</summary>
    private async Task<bool> TypingAsync(Snowflake channelId, CancellationToken cancellationToken)
    {
        try
        {
            await rest.TriggerTypingAsync(channelId, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DiscordRestException exception) when (exception.StatusCode == System.Net.HttpStatusCode.Forbidden)
        {
            access.Refused(channelId);
            BotLog.CannotPost(logger, channelId);
            return false;
        }
        catch (DiscordRestException exception)
        {
            // The typing indicator is a nicety; the answer still goes out.
            BotLog.NoticeFailed(logger, exception);
            return true;
        }
    }

    private AllowedMentions Mentions() => options.Value.PingRepliedUser ? AllowedMentions.None with { RepliedUser = true } : AllowedMentions.None;
}
