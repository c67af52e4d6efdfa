namespace VendorBot.Discord.Gateway;

/// <summary>Tuning of the gateway session (section <c>Discord:Gateway</c>); the defaults follow Discord's guidance;
/// checked at start by <see cref="DiscordGatewayOptionsValidator"/>.</summary>
public sealed class DiscordGatewayOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Discord:Gateway";

    /// <summary>Events buffered between the receive loop and the handlers. <value>Default 4,096; 1–1,000,000.</value></summary>
    public int DispatchQueueCapacity { get; set; } = 4096;

    /// <summary>Backoff after the first failed connection; it doubles per failure. <value>Default 1 s.</value></summary>
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap of the reconnect backoff. <value>Default 60 s; at least <see cref="ReconnectBaseDelay"/>.</value></summary>
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Shortest wait after an invalid session (op 9, <c>d: false</c>) before a fresh identify. <value>Default 1 s.</value></summary>
    public TimeSpan InvalidSessionMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait after an invalid session before a fresh identify. <value>Default 5 s.</value></summary>
    public TimeSpan InvalidSessionMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Least time between two identifies of one <c>max_concurrency</c> bucket.
    /// <value>Default 5 s (Discord's window); tests shorten it.</value>
    /// </summary>
    public TimeSpan IdentifyInterval { get; set; } = GatewayLimits.IdentifyConcurrencyWindow;

    /// <summary>Time allowed to open the WebSocket and receive Hello. <value>Default 30 s.</value></summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for the closing handshake before the socket is aborted. <value>Default 5 s.</value></summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A handler slower than this is logged as a warning. <value>Default 2 s.</value></summary>
    public TimeSpan SlowHandlerThreshold { get; set; } = TimeSpan.FromSeconds(2);
}
