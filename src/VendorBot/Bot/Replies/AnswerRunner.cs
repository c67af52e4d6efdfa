using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorBot.Answering;
using VendorBot.Answering.Log;
using VendorBot.Bot.Formatting;
using VendorBot.Bot.Settings;
using VendorBot.Discord.Entities;

namespace VendorBot.Bot.Replies;

/// <summary>
/// Answers one question into a sink: waits for a composing slot, streams partial text at most once per
/// <see cref="BotOptions.StreamEditInterval"/>, posts the final answer, records where it went. Any failure or timeout
/// becomes a short apology with an error id that is also logged: a question is never silently dropped.
/// </summary>
internal sealed class AnswerRunner(
    IAnswerService answers,
    IAnswerLog answerLog,
    QuestionScheduler scheduler,
    BotMetrics metrics,
    IOptions<BotOptions> options,
    TimeProvider time,
    ILogger<AnswerRunner> logger)
{
    private const string ErrorIdAlphabet = "23456789abcdefghijkmnpqrstuvwxyz";
    private const int ErrorIdLength = 8;

    /// <summary>
    /// Answers <paramref name="request"/>; the result and the message ids, or null when the user got an apology or, with
    /// <paramref name="citedOnly"/>, when the answer cited nothing and was not posted (nor streamed).
    /// </summary>
    public async Task<(AnswerResult Answer, IReadOnlyList<Snowflake> MessageIds)?> RunAsync(
        AnswerRequest request, IAnswerSink sink, long receivedAt, bool citedOnly, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.AnswerTimeout);
        try
        {
            using (await scheduler.AcquireSlotAsync(timeout.Token).ConfigureAwait(false))
            {
                var answer = await ComposeAsync(request, citedOnly ? null : sink, timeout.Token).ConfigureAwait(false);
                if (citedOnly && !ChannelSettings.IsCited(answer))
                {
                    BotLog.Withheld(logger, answer.AnswerId, request.Origin?.ChannelId, answer.Outcome);
                    return null;
                }

                var ids = await sink.ShowFinalAsync(AnswerFormatter.Format(answer), timeout.Token).ConfigureAwait(false);
                var total = time.GetElapsedTime(receivedAt);
                metrics.Answered(answer, total);
                await RecordMessageAsync(answer, ids, timeout.Token).ConfigureAwait(false);
                BotLog.Answered(logger, answer.AnswerId, request.Origin?.GuildId, request.Origin?.ChannelId, answer.Outcome, answer.Mode, total.TotalMilliseconds);
                if (settings.LogMessageContent)
                {
                    BotLog.QuestionText(logger, answer.AnswerId, request.Question);
                }

                return (answer, ids);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var errorId = RandomNumberGenerator.GetString(ErrorIdAlphabet, ErrorIdLength);
            var timedOut = exception is OperationCanceledException && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested;
            BotLog.AnswerFailed(logger, exception, errorId, request.Origin?.GuildId, request.Origin?.ChannelId, timedOut);
            metrics.Failed();
            await NoticeAsync(sink, BotMessages.Apology(errorId, timedOut)).ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>Sends a notice with its own short deadline, so it goes out even when the question's token is cancelled.</summary>
    public async Task NoticeAsync(IAnswerSink sink, string text)
    {
        using var deadline = new CancellationTokenSource(BotLimits.NoticeTimeout, time);
        try
        {
            await sink.ShowNoticeAsync(text, deadline.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            BotLog.NoticeFailed(logger, exception);
        }
    }

    // With no sink, partial text is not shown: a cited-only channel must not see a reply that may end up withheld.
    private async Task<AnswerResult> ComposeAsync(AnswerRequest request, IAnswerSink? sink, CancellationToken cancellationToken)
    {
        long? lastEdit = null;
        await foreach (var progress in answers.StreamAsync(request, cancellationToken).ConfigureAwait(false))
        {
            if (progress.Result is { } result)
            {
                return result;
            }

            if (sink is not null && progress.PartialText is { Length: > 0 } partial
                && (lastEdit is not { } last || time.GetElapsedTime(last) >= options.Value.StreamEditInterval))
            {
                lastEdit = time.GetTimestamp();
                await sink.ShowPartialAsync(AnswerFormatter.Partial(partial), cancellationToken).ConfigureAwait(false);
            }
        }

        throw new InvalidOperationException("the answer stream ended without a result");
    }

    // The answer is already posted: failing to note where (a state store that stays locked, the deadline passing meanwhile)
    // costs only the message id in the log, so it is logged, never turned into an apology that replaces the answer.
    private async Task RecordMessageAsync(AnswerResult answer, IReadOnlyList<Snowflake> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0 || answer.Outcome != AnswerOutcome.Answered)
        {
            return;
        }

        try
        {
            await answerLog.SetMessageIdAsync(answer.AnswerId, ids[^1].ToString(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or VendorBot.State.StateStoreException or OperationCanceledException)
        {
            BotLog.MessageIdNotRecorded(logger, exception, answer.AnswerId);
        }
    }
}
