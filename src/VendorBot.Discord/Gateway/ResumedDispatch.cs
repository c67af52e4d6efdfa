namespace VendorBot.Discord.Gateway;

/// <summary>RESUMED: the missed events were replayed (and delivered before this) and the session goes on.</summary>
/// <param name="Sequence">The event's sequence number.</param>
public sealed record ResumedDispatch(long Sequence) : GatewayDispatch(Sequence)
{
    /// <summary>The event name (<c>RESUMED</c>).</summary>
    public const string Name = "RESUMED";

    /// <inheritdoc />
    public override string EventName => Name;
}
