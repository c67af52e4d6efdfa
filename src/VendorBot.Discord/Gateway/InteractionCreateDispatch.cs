using VendorBot.Discord.Entities;

namespace VendorBot.Discord.Gateway;

/// <summary>INTERACTION_CREATE: a slash command, button click or autocomplete request; answer within 3 s.</summary>
/// <param name="Sequence">The event's sequence number.</param>
/// <param name="Interaction">The interaction.</param>
public sealed record InteractionCreateDispatch(long Sequence, Interaction Interaction) : GatewayDispatch(Sequence)
{
    /// <summary>The event name (<c>INTERACTION_CREATE</c>).</summary>
    public const string Name = "INTERACTION_CREATE";

    /// <inheritdoc />
    public override string EventName => Name;
}
