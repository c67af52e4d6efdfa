using Microsoft.Extensions.Logging;

namespace VendorBot.Discord.Gateway;

/// <summary>The gateway's log lines. None of them carries the token or message text.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(1, LogLevel.Information, "Connecting to the Discord gateway at {GatewayHost} to {Mode}")]
    public static partial void Connecting(this ILogger logger, string gatewayHost, string mode);

    [LoggerMessage(2, LogLevel.Information, "Gateway session {SessionId} is ready on shard [{ShardId}, {ShardCount}]")]
    public static partial void Ready(this ILogger logger, string sessionId, int shardId, int shardCount);

    [LoggerMessage(3, LogLevel.Information, "Gateway session {SessionId} resumed at sequence {Sequence}")]
    public static partial void Resumed(this ILogger logger, string? sessionId, long sequence);

    /// <summary>Warning, or Information when Discord asked for the reconnect (op 7): that is routine.</summary>
    [LoggerMessage(EventId = 4, Message = "Gateway connection ended (close code {CloseCode}: {Reason}); next: {Action} in {DelayMs} ms")]
    public static partial void ConnectionEnded(this ILogger logger, LogLevel level, int? closeCode, string reason, GatewayCloseAction action, long delayMs);

    [LoggerMessage(5, LogLevel.Warning, "Gateway connection failed")]
    public static partial void ConnectionFailed(this ILogger logger, Exception exception);

    [LoggerMessage(6, LogLevel.Warning, "No heartbeat ACK since the last heartbeat: closing the zombie connection to resume")]
    public static partial void ZombieConnection(this ILogger logger);

    [LoggerMessage(7, LogLevel.Information, "Discord asked for a reconnect (op 7)")]
    public static partial void ReconnectRequested(this ILogger logger);

    [LoggerMessage(8, LogLevel.Warning, "Discord invalidated the session (op 9, resumable: {Resumable})")]
    public static partial void InvalidSession(this ILogger logger, bool resumable);

    [LoggerMessage(9, LogLevel.Critical, "The gateway stopped for good: {Cause}")]
    public static partial void Fatal(this ILogger logger, string cause);

    [LoggerMessage(10, LogLevel.Error, "Gateway event handler {Handler} failed on {EventName} (s={Sequence}); the session goes on")]
    public static partial void HandlerFailed(this ILogger logger, Exception exception, string handler, string eventName, long sequence);

    [LoggerMessage(11, LogLevel.Warning, "Gateway event handler {Handler} took {ElapsedMs} ms on {EventName}; later events waited for it")]
    public static partial void HandlerSlow(this ILogger logger, string handler, long elapsedMs, string eventName);

    [LoggerMessage(12, LogLevel.Warning, "The gateway event queue is full ({Capacity}); receiving waits for the handlers")]
    public static partial void DispatchQueueFull(this ILogger logger, int capacity);

    [LoggerMessage(13, LogLevel.Debug, "Ignored gateway event {EventName} (s={Sequence})")]
    public static partial void UnknownEventIgnored(this ILogger logger, string eventName, long? sequence);

    [LoggerMessage(14, LogLevel.Warning, "Skipped a gateway payload that could not be read (op {OpCode}, s={Sequence})")]
    public static partial void MalformedPayload(this ILogger logger, Exception exception, int opCode, long? sequence);

    [LoggerMessage(15, LogLevel.Debug, "Skipped replayed event s={Sequence}: already delivered (last {LastSequence})")]
    public static partial void DuplicateSkipped(this ILogger logger, long sequence, long? lastSequence);

    [LoggerMessage(16, LogLevel.Warning, "Session start limit used up: waiting {DelayMs} ms before identifying")]
    public static partial void SessionStartLimitExhausted(this ILogger logger, long delayMs);

    [LoggerMessage(17, LogLevel.Debug, "Gateway state {Previous} -> {Current}")]
    public static partial void StateChanged(this ILogger logger, GatewayState previous, GatewayState current);

    [LoggerMessage(18, LogLevel.Error, "A StateChanged subscriber failed")]
    public static partial void StateSubscriberFailed(this ILogger logger, Exception exception);

    [LoggerMessage(19, LogLevel.Warning, "Could not get the gateway URL from GET /gateway/bot")]
    public static partial void GatewayLookupFailed(this ILogger logger, Exception exception);

    [LoggerMessage(20, LogLevel.Debug, "Heartbeat requested by the server (op 1)")]
    public static partial void HeartbeatRequested(this ILogger logger);

    [LoggerMessage(21, LogLevel.Warning, "Gateway event handlers did not finish within {TimeoutMs} ms of stopping")]
    public static partial void HandlersDidNotStop(this ILogger logger, long timeoutMs);

    [LoggerMessage(22, LogLevel.Warning, "Resuming failed {Attempts} times in a row; identifying afresh at the /gateway/bot URL")]
    public static partial void ResumeAbandoned(this ILogger logger, int attempts);
}
