using VendorBot.Discord.Entities;

namespace VendorBot.Discord.Gateway;

/// <summary>GUILD_CREATE: a guild became available (after READY, or the bot joined it).</summary>
/// <param name="Sequence">The event's sequence number.</param>
/// <param name="Guild">The guild with its channels, threads and roles.</param>
public sealed record GuildCreateDispatch(long Sequence, Guild Guild) : GatewayDispatch(Sequence)
{
    /// <summary>The event name (<c>GUILD_CREATE</c>).</summary>
    public const string Name = "GUILD_CREATE";

    /// <inheritdoc />
    public override string EventName => Name;
}
