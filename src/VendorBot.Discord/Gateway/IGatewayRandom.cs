namespace VendorBot.Discord.Gateway;

/// <summary>The random source of the gateway's jitter (first heartbeat, backoff, invalid-session wait); injected so tests fix it.</summary>
public interface IGatewayRandom
{
    /// <summary>A number uniformly distributed in [0, 1).</summary>
    double NextDouble();
}
