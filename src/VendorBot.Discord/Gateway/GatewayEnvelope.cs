namespace VendorBot.Discord.Gateway;

/// <summary>
/// The envelope of a received payload without copying it: the opcode, the sequence, the event kind, and where the
/// event name and <c>d</c> sit in the receive buffer (so <c>d</c> is deserialized straight from the pooled bytes).
/// </summary>
internal readonly record struct GatewayEnvelope(
    GatewayOpCode OpCode,
    long? Sequence,
    GatewayEventKind Event,
    Range Name,
    Range Data);
