namespace VendorBot.Discord.Rest;

/// <summary>Exponential backoff with jitter for 5xx and network retries; the random source is injected.</summary>
internal sealed class RetryBackoff(Random random)
{
    /// <summary>Delay before retry number <paramref name="attempt"/> (0-based): base × 2^attempt × [0.5, 1.0).</summary>
    public TimeSpan Delay(int attempt, TimeSpan baseDelay)
    {
#pragma warning disable CA5394 // Jitter spreads retries; it is not security-sensitive.
        var jitter = 0.5 + (random.NextDouble() / 2);
#pragma warning restore CA5394
        return baseDelay * Math.Pow(2, Math.Min(attempt, 16)) * jitter;
    }
}
