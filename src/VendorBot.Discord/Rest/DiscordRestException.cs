using System.Net;

namespace VendorBot.Discord.Rest;

/// <summary>
/// A REST call that failed: Discord's error (HTTP status, Discord code such as 10062 Unknown interaction or
/// 50013 Missing permissions, and message), or a rate-limit/timeout/network failure. Messages name the route
/// template, never the bot token or an interaction token.
/// </summary>
public sealed class DiscordRestException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public DiscordRestException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public DiscordRestException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    public DiscordRestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal DiscordRestException(DiscordRestFailure failure, string route, HttpStatusCode? status, int? code, string? discordMessage, Exception? innerException = null)
        : base(Describe(failure, route, status, code, discordMessage), innerException)
    {
        Failure = failure;
        Route = route;
        StatusCode = status;
        DiscordCode = code;
        DiscordMessage = discordMessage;
    }

    /// <summary>What kind of failure this is.</summary>
    public DiscordRestFailure Failure { get; }

    /// <summary>The route template, e.g. <c>POST /interactions/{interaction_id}/{token}/callback</c>.</summary>
    public string Route { get; } = "";

    /// <summary>The HTTP status, when Discord answered.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Discord's JSON error code (e.g. 10062, 50013), when present.</summary>
    public int? DiscordCode { get; }

    /// <summary>Discord's error message, when present.</summary>
    public string? DiscordMessage { get; }

    private static string Describe(DiscordRestFailure failure, string route, HttpStatusCode? status, int? code, string? message) =>
        failure switch
        {
            DiscordRestFailure.ApiError =>
                $"Discord rejected {route}: HTTP {(int?)status} {status}" +
                (code is null ? "" : $", code {code}") +
                (string.IsNullOrEmpty(message) ? "" : $": {message}"),
            DiscordRestFailure.RateLimited => $"Discord rate limits kept {route} waiting longer than allowed" + (status is null ? "" : $" (last HTTP {(int)status.Value})"),
            DiscordRestFailure.TokenRejected =>
                $"Discord rejected the bot token (HTTP 401, {route}); calls that need it are no longer sent. Check Discord:Token",
            DiscordRestFailure.Timeout => $"Discord did not answer {route} in time",
            _ => $"Could not reach Discord for {route}",
        };
}
