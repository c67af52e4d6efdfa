namespace VendorBot.Discord.Gateway;

/// <summary>
/// The envelope of a received payload without copying it: the opcode, the sequence, the event kind, and where the
/// event name and <c>d</c> sit in the receive buffer. When <c>t</c> came before <c>d</c> (as Discord sends it), the
/// typed event data was already deserialized in the same pass and is in <see cref="Decoded"/>.
/// </summary>
internal readonly record struct GatewayEnvelope(
    GatewayOpCode OpCode,
    long? Sequence,
    GatewayEventKind Event,
    Range Name,
    Range Data,
    object? Decoded = null);
