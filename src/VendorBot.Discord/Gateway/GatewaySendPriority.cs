namespace VendorBot.Discord.Gateway;

/// <summary>Heartbeats may use the sends reserved for them; everything else may not.</summary>
internal enum GatewaySendPriority
{
    Normal,
    Heartbeat,
}
