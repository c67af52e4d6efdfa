namespace VendorBot.Discord.Gateway;

/// <summary>
/// Receives gateway events, in order, off the receive loop: a slow handler delays later events but never the
/// heartbeats or the connection; an exception is logged and the session goes on. Register with DI
/// (<c>services.AddSingleton&lt;IGatewayEventHandler, MyHandler&gt;()</c>).
/// </summary>
public interface IGatewayEventHandler
{
    /// <summary>Handles one event. Match on the derived records of <see cref="GatewayDispatch"/>; ignore the rest.</summary>
    /// <param name="dispatch">The event.</param>
    /// <param name="cancellationToken">Fires when the gateway stops.</param>
    ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken);
}
