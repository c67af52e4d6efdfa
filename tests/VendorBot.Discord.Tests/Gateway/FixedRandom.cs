using VendorBot.Discord.Gateway;

namespace VendorBot.Discord.Tests.Gateway;

/// <summary>A jitter source that always returns the same number.</summary>
internal sealed class FixedRandom(double value) : IGatewayRandom
{
    public double NextDouble() => value;
}
