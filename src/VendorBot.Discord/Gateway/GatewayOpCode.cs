namespace VendorBot.Discord.Gateway;

/// <summary>Gateway opcodes (the <c>op</c> field of every payload).</summary>
internal enum GatewayOpCode
{
    Dispatch = 0,
    Heartbeat = 1,
    Identify = 2,
    PresenceUpdate = 3,
    Resume = 6,
    Reconnect = 7,
    InvalidSession = 9,
    Hello = 10,
    HeartbeatAck = 11,
}
