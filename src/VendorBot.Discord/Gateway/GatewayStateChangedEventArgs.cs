namespace VendorBot.Discord.Gateway;

/// <summary>A change of <see cref="DiscordGatewayClient.State"/>.</summary>
/// <param name="previous">The state before.</param>
/// <param name="current">The state now.</param>
public sealed class GatewayStateChangedEventArgs(GatewayState previous, GatewayState current) : EventArgs
{
    /// <summary>The state before the change.</summary>
    public GatewayState Previous { get; } = previous;

    /// <summary>The state after the change.</summary>
    public GatewayState Current { get; } = current;
}
