namespace VendorBot.Discord.Gateway;

/// <summary>Where the gateway session is; observe it through <see cref="DiscordGatewayClient.StateChanged"/>.</summary>
public enum GatewayState
{
    /// <summary>Not started yet.</summary>
    Disconnected,

    /// <summary>Opening a WebSocket (and waiting for Hello).</summary>
    Connecting,

    /// <summary>Identify sent, waiting for READY.</summary>
    Identifying,

    /// <summary>Resume sent, waiting for the replay and RESUMED.</summary>
    Resuming,

    /// <summary>READY or RESUMED received: events flow.</summary>
    Connected,

    /// <summary>The connection ended; waiting (backoff) before the next attempt.</summary>
    Reconnecting,

    /// <summary>Stopped on request (clean close 1000).</summary>
    Stopped,

    /// <summary>Stopped by a fatal close code (bad token, bad shard, disallowed intents, ...).</summary>
    Faulted,
}
