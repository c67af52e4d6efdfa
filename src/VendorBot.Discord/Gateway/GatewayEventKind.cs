namespace VendorBot.Discord.Gateway;

/// <summary>The dispatch events the client turns into typed records; everything else is <see cref="Unknown"/> and ignored.</summary>
internal enum GatewayEventKind
{
    None,
    Unknown,
    Ready,
    Resumed,
    MessageCreate,
    InteractionCreate,
    ThreadCreate,
    GuildCreate,
}
