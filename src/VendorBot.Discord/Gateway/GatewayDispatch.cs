namespace VendorBot.Discord.Gateway;

/// <summary>
/// A typed gateway event handed to <see cref="IGatewayEventHandler"/>s, in the order Discord sequenced them, each once.
/// Match on the derived records (<see cref="MessageCreateDispatch"/>, <see cref="InteractionCreateDispatch"/>, ...).
/// </summary>
/// <param name="Sequence">The event's sequence number <c>s</c> within its session.</param>
public abstract record GatewayDispatch(long Sequence)
{
    /// <summary>The event name as Discord sends it in <c>t</c> (e.g. <c>MESSAGE_CREATE</c>).</summary>
    public abstract string EventName { get; }
}
