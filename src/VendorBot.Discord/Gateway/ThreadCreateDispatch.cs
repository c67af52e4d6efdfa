using VendorBot.Discord.Entities;

namespace VendorBot.Discord.Gateway;

/// <summary>THREAD_CREATE: a thread was created or became visible (<see cref="Channel.NewlyCreated"/> tells which).</summary>
/// <param name="Sequence">The event's sequence number.</param>
/// <param name="Thread">The thread channel.</param>
public sealed record ThreadCreateDispatch(long Sequence, Channel Thread) : GatewayDispatch(Sequence)
{
    /// <summary>The event name (<c>THREAD_CREATE</c>).</summary>
    public const string Name = "THREAD_CREATE";

    /// <inheritdoc />
    public override string EventName => Name;
}
