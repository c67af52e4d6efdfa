using Microsoft.Extensions.Logging;
using VendorBot.Answering;
using VendorBot.Bot.Flood;
using VendorBot.Discord.Entities;

namespace VendorBot.Bot;

/// <summary>The bot's source-generated log messages (never the token; question text only when configured).</summary>
internal static partial class BotLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Answered {AnswerId} in guild {GuildId} channel {ChannelId}: {Outcome} ({Mode}) in {LatencyMs} ms")]
    public static partial void Answered(ILogger logger, string answerId, string? guildId, string? channelId, AnswerOutcome outcome, AnswerMode mode, double latencyMs);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Question {AnswerId} text: {Question}")]
    public static partial void QuestionText(ILogger logger, string answerId, string question);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Error, Message = "Question failed with error id {ErrorId} in guild {GuildId} channel {ChannelId} (timed out: {TimedOut})")]
    public static partial void AnswerFailed(ILogger logger, Exception exception, string errorId, string? guildId, string? channelId, bool timedOut);

    [LoggerMessage(EventId = 4128, Level = LogLevel.Warning, Message = "Answer {AnswerId} was posted but its message id was not recorded in the answers log")]
    public static partial void MessageIdNotRecorded(ILogger logger, Exception exception, string answerId);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Could not send a notice to the user")]
    public static partial void NoticeFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Debug, Message = "Dropped a duplicate delivery of {Id}")]
    public static partial void Duplicate(ILogger logger, Snowflake id);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Information, Message = "Flood control refused a question from user {UserId} in channel {ChannelId} ({Scope})")]
    public static partial void RateLimited(ILogger logger, Snowflake userId, Snowflake channelId, FloodScope scope);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Information, Message = "Reindex by {UserId}: {Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged, {Failed} failed in {DurationMs} ms")]
    public static partial void Reindexed(ILogger logger, string userId, int added, int updated, int removed, int unchanged, int failed, double durationMs);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Warning, Message = "Refused {Interaction} for user {UserId}: not an admin")]
    public static partial void AdminRefused(ILogger logger, string interaction, Snowflake userId);

    [LoggerMessage(EventId = 4121, Level = LogLevel.Warning, Message = "Not listening for settings changes from other processes (they apply after the short cache expires); retrying in {RetrySeconds} s")]
    public static partial void SettingsListenFailed(ILogger logger, double retrySeconds, Exception exception);

    [LoggerMessage(EventId = 4122, Level = LogLevel.Information, Message = "Document not added for {Requester}: {Reason}")]
    public static partial void DocumentNotAdded(ILogger logger, string requester, string reason);

    [LoggerMessage(EventId = 4123, Level = LogLevel.Warning, Message = "Document {DocumentId} not removed for {Requester}: {Reason}")]
    public static partial void DocumentNotRemoved(ILogger logger, string requester, string documentId, string reason);

    [LoggerMessage(EventId = 4124, Level = LogLevel.Warning, Message = "Document {DocumentId} not edited for {Requester}: {Reason}")]
    public static partial void DocumentNotEdited(ILogger logger, string requester, string documentId, string reason);

    [LoggerMessage(EventId = 4125, Level = LogLevel.Information, Message = "Feed {FeedId} ({Url}) followed for {Requester}: {Items} items in it")]
    public static partial void FeedFollowed(ILogger logger, long feedId, Uri url, string requester, int items);

    [LoggerMessage(EventId = 4126, Level = LogLevel.Information, Message = "Feed not followed for {Requester}: {Reason}")]
    public static partial void FeedNotFollowed(ILogger logger, string requester, string reason);

    [LoggerMessage(EventId = 4127, Level = LogLevel.Information, Message = "Feed {FeedId} ({Url}) no longer followed, for {Requester}")]
    public static partial void FeedRemoved(ILogger logger, long feedId, Uri url, string requester);

    [LoggerMessage(EventId = 4120, Level = LogLevel.Warning, Message = "Reindex by {UserId} not run: {Reason}")]
    public static partial void ReindexNotRun(ILogger logger, string userId, string reason);

    [LoggerMessage(EventId = 4109, Level = LogLevel.Information, Message = "Bot started: {Commands} commands {Scope}, {Documents} documents indexed")]
    public static partial void Started(ILogger logger, int commands, string scope, int documents);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Information, Message = "Index was empty: indexed {Added} documents from the documents folder")]
    public static partial void InitialIndex(ILogger logger, int added);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Information, Message = "Bot stopped ({Finished})")]
    public static partial void Stopped(ILogger logger, string finished);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Error, Message = "Interaction {Kind} failed with error id {ErrorId}")]
    public static partial void InteractionFailed(ILogger logger, Exception exception, string kind, string errorId);

    [LoggerMessage(EventId = 4113, Level = LogLevel.Debug, Message = "Question received in channel {ChannelId}: {Question}")]
    public static partial void QuestionReceived(ILogger logger, Snowflake channelId, string question);

    [LoggerMessage(EventId = 4115, Level = LogLevel.Information, Message = "Settings of channel {ChannelId} changed by {UserId}: auto answer {AutoAnswer}, ephemeral {Ephemeral}, cited only {CitedOnly}, {VendorCount} vendors")]
    public static partial void SettingsChanged(ILogger logger, Snowflake userId, Snowflake channelId, bool autoAnswer, bool ephemeral, bool citedOnly, int vendorCount);

    [LoggerMessage(EventId = 4116, Level = LogLevel.Information, Message = "Withheld answer {AnswerId} in channel {ChannelId}: {Outcome} and the channel is cited-only")]
    public static partial void Withheld(ILogger logger, string answerId, string? channelId, AnswerOutcome outcome);

    [LoggerMessage(EventId = 4117, Level = LogLevel.Warning, Message = "Could not claim delivery {Id} in the shared state store; answering it anyway")]
    public static partial void DeliveryClaimFailed(ILogger logger, Snowflake id, Exception exception);

    [LoggerMessage(EventId = 4118, Level = LogLevel.Warning, Message = "Could not reserve an identify slot for rate-limit key {RateLimitKey} in the state store; pacing this process's shards alone")]
    public static partial void IdentifySlotFallback(ILogger logger, int rateLimitKey, Exception exception);

    [LoggerMessage(EventId = 4119, Level = LogLevel.Warning, Message = "Not answering in channel {ChannelId}: the bot may not post there (View Channel and Send Messages needed); further messages there are skipped silently")]
    public static partial void CannotPost(ILogger logger, Snowflake channelId);
}
