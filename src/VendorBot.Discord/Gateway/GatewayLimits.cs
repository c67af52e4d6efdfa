namespace VendorBot.Discord.Gateway;

/// <summary>Discord's gateway numbers in one place (see docs/discord-api.md, section 1).</summary>
public static class GatewayLimits
{
    /// <summary>The gateway API version sent in the connection URL.</summary>
    public const int ApiVersion = 10;

    /// <summary>The query string every gateway connection carries: version 10, JSON text frames, no compression.</summary>
    public const string ConnectionQuery = "v=10&encoding=json";

    /// <summary>Gateway payloads a connection may send per <see cref="SendWindow"/> (heartbeats included).</summary>
    public const int SendsPerWindow = 120;

    /// <summary>Sends kept free for heartbeats: other payloads may use only <c>SendsPerWindow - this</c>.</summary>
    public const int SendsReservedForHeartbeats = 5;

    /// <summary>The window of the send limit.</summary>
    public static readonly TimeSpan SendWindow = TimeSpan.FromSeconds(60);

    /// <summary>Window of <c>max_concurrency</c>: identifies per bucket per this long.</summary>
    public static readonly TimeSpan IdentifyConcurrencyWindow = TimeSpan.FromSeconds(5);

    /// <summary>Close code we use when we drop a connection we want to resume (zombie, op 7): not 1000/1001.</summary>
    public const int ResumableCloseCode = 4000;

    /// <summary>
    /// Failed resumes in a row (connections to <c>resume_gateway_url</c> that never got RESUMED) after which the session
    /// is dropped and the client identifies afresh at the <c>/gateway/bot</c> URL, as the docs advise.
    /// </summary>
    public const int MaxFailedResumes = 3;

    /// <summary>Members above which a guild is "large" (members not sent in GUILD_CREATE).</summary>
    public const int LargeThreshold = 50;

    /// <summary>Initial size of the pooled receive buffer; it grows for bigger payloads (GUILD_CREATE).</summary>
    public const int InitialReceiveBufferBytes = 16 * 1024;

    /// <summary>Largest payload accepted; a bigger one is treated as a broken connection.</summary>
    public const int MaxPayloadBytes = 64 * 1024 * 1024;

    /// <summary>OS name sent in Identify properties.</summary>
    public const string IdentifyOs = "linux";

    /// <summary>Browser and device name sent in Identify properties.</summary>
    public const string IdentifyClientName = "vendorbot";
}
