using System.Diagnostics.CodeAnalysis;

namespace VendorBot.Discord.Gateway;

/// <summary>The production jitter source: <see cref="Random.Shared"/>.</summary>
internal sealed class SystemGatewayRandom : IGatewayRandom
{
    [SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Timing jitter, not a secret.")]
    public double NextDouble() => Random.Shared.NextDouble();
}
