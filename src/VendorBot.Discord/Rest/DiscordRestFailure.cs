namespace VendorBot.Discord.Rest;

/// <summary>Why a REST call failed.</summary>
public enum DiscordRestFailure
{
    /// <summary>Discord answered with an error status (see the status and Discord code).</summary>
    ApiError,

    /// <summary>Rate limits would have made the call wait past <see cref="DiscordRestOptions.MaxWait"/>, or 429s kept coming.</summary>
    RateLimited,

    /// <summary>No answer within the attempt timeout (and no retry was allowed or left).</summary>
    Timeout,

    /// <summary>The connection failed (and no retry was allowed or left).</summary>
    Network,

    /// <summary>Discord rejected the bot token (HTTP 401): this and every later call that needs it fails unsent.</summary>
    TokenRejected,
}
