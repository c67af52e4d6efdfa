namespace VendorBot.Discord.Gateway;

/// <summary>The close codes Discord's gateway sends (docs/discord-api.md, "Close codes the server sends").</summary>
public static class GatewayCloseCodes
{
    /// <summary>Normal closure: ends the session (cannot resume).</summary>
    public const int NormalClosure = 1000;

    /// <summary>Going away: ends the session (cannot resume).</summary>
    public const int GoingAway = 1001;

    /// <summary>Unknown error: reconnect and resume.</summary>
    public const int UnknownError = 4000;

    /// <summary>Unknown opcode sent: reconnect and resume.</summary>
    public const int UnknownOpcode = 4001;

    /// <summary>Decode error: reconnect and resume.</summary>
    public const int DecodeError = 4002;

    /// <summary>Not authenticated (payload before identify): reconnect.</summary>
    public const int NotAuthenticated = 4003;

    /// <summary>Authentication failed (bad token): fatal.</summary>
    public const int AuthenticationFailed = 4004;

    /// <summary>Already authenticated: reconnect.</summary>
    public const int AlreadyAuthenticated = 4005;

    /// <summary>Invalid seq on resume: reconnect with a fresh identify.</summary>
    public const int InvalidSequence = 4007;

    /// <summary>Rate limited (too many sends): reconnect and resume.</summary>
    public const int RateLimited = 4008;

    /// <summary>Session timed out: reconnect with a fresh identify.</summary>
    public const int SessionTimedOut = 4009;

    /// <summary>Invalid shard: fatal.</summary>
    public const int InvalidShard = 4010;

    /// <summary>Sharding required: fatal.</summary>
    public const int ShardingRequired = 4011;

    /// <summary>Invalid API version: fatal.</summary>
    public const int InvalidApiVersion = 4012;

    /// <summary>Invalid intents: fatal.</summary>
    public const int InvalidIntents = 4013;

    /// <summary>Disallowed (privileged, not enabled) intents: fatal.</summary>
    public const int DisallowedIntents = 4014;
}
