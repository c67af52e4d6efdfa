using System.Net;
using Microsoft.Extensions.Logging;

namespace VendorBot.Discord.Rest;

/// <summary>REST log lines. Routes are templates: ids and tokens never reach a log.</summary>
internal static partial class RestLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Waiting {WaitMs} ms for the rate-limit bucket of {Route}")]
    public static partial void WaitingForBucket(ILogger logger, string route, double waitMs);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Discord rate limited {Route} (scope {Scope}, global {Global}); retrying after {RetryAfterMs} ms")]
    public static partial void RateLimited(ILogger logger, string route, string scope, bool global, double retryAfterMs);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Discord answered {Route} with HTTP {Status}; retry {Attempt} after {DelayMs} ms")]
    public static partial void RetryingServerError(ILogger logger, string route, int status, int attempt, double delayMs);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Sending {Route} failed ({Failure}); retry {Attempt} after {DelayMs} ms")]
    public static partial void RetryingTransportFailure(ILogger logger, string route, DiscordRestFailure failure, int attempt, double delayMs);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Discord rejected {Route}: HTTP {Status}, code {Code}")]
    public static partial void Rejected(ILogger logger, string route, HttpStatusCode status, int? code);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Debug, Message = "{Route} answered HTTP {Status} in {ElapsedMs} ms")]
    public static partial void Answered(ILogger logger, string route, int status, double elapsedMs);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Critical, Message = "Discord rejected the bot token (HTTP 401 on {Route}): every REST call that needs it stops now. Check Discord:Token")]
    public static partial void TokenRejected(ILogger logger, string route);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Error, Message = "Cloudflare answered {Route} with HTTP 429 without Discord's JSON or rate-limit headers (an IP ban, usually after too many invalid requests); all REST pauses for {PauseMs} ms (Retry-After given: {RetryAfterGiven})")]
    public static partial void CloudflareBan(ILogger logger, string route, double pauseMs, bool retryAfterGiven);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Warning, Message = "{Count} invalid requests (401/403/429) in the last 10 minutes, Discord bans the IP at {Limit}: {Action} every REST call")]
    public static partial void InvalidRequestsPacing(ILogger logger, int count, int limit, string action);
}
