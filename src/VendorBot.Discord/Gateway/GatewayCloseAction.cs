namespace VendorBot.Discord.Gateway;

/// <summary>What the session does after a connection ends.</summary>
internal enum GatewayCloseAction
{
    /// <summary>Reconnect to the resume URL and resume the session.</summary>
    Resume,

    /// <summary>Forget the session and identify afresh.</summary>
    Reidentify,

    /// <summary>Forget the session and identify afresh after a random 1–5 s (op 9 with <c>d: false</c>).</summary>
    ReidentifyAfterDelay,

    /// <summary>Stop for good: retrying cannot help.</summary>
    Fatal,

    /// <summary>We were asked to stop and closed cleanly.</summary>
    Stopped,
}
