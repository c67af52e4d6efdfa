namespace VendorBot.Discord.Gateway;

/// <summary>READY: a new session started; carries the bot user, the application and the guild stubs.</summary>
/// <param name="Sequence">The event's sequence number.</param>
/// <param name="Ready">The READY payload.</param>
public sealed record ReadyDispatch(long Sequence, ReadyEvent Ready) : GatewayDispatch(Sequence)
{
    /// <summary>The event name (<c>READY</c>).</summary>
    public const string Name = "READY";

    /// <inheritdoc />
    public override string EventName => Name;
}
