namespace VendorBot.Discord.Gateway;

/// <summary>How one connection ended and what the session should do next.</summary>
/// <param name="Action">Resume, identify afresh, stop for good, or stopped on request.</param>
/// <param name="ReachedReady">Whether READY or RESUMED arrived (a healthy connection resets the backoff).</param>
/// <param name="CloseCode">The close code, when there was one.</param>
/// <param name="Reason">A short reason for the logs (never contains the token).</param>
/// <param name="ServerRequested">Discord asked for the reconnect (op 7, also before Hello): a normal event, not a failure.</param>
internal readonly record struct GatewayConnectionResult(GatewayCloseAction Action, bool ReachedReady, int? CloseCode, string Reason, bool ServerRequested = false);
