using VendorBot.Discord.Entities;

namespace VendorBot.Discord.Gateway;

/// <summary>MESSAGE_CREATE: a message was posted where the bot can see it.</summary>
/// <param name="Sequence">The event's sequence number.</param>
/// <param name="Message">The message.</param>
public sealed record MessageCreateDispatch(long Sequence, Message Message) : GatewayDispatch(Sequence)
{
    /// <summary>The event name (<c>MESSAGE_CREATE</c>).</summary>
    public const string Name = "MESSAGE_CREATE";

    /// <inheritdoc />
    public override string EventName => Name;
}
