namespace VendorBot.Discord.Rest;

/// <summary>How patient and persistent the REST client is. Bound from <c>Discord:Rest</c>, checked by <see cref="DiscordRestOptionsValidator"/>.</summary>
public sealed class DiscordRestOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Discord:Rest";

    /// <summary>
    /// The longest one call may spend waiting on rate limits and retries before it fails with
    /// <see cref="DiscordRestException"/>. <value>Default 30 s; 1 ms–10 min.</value>
    /// </summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one HTTP attempt. <value>Default 15 s; 1 ms–5 min.</value></summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Retries of an idempotent call after a 5xx or a network failure. <value>Default 3; 0–10.</value></summary>
    public int MaxServerErrorRetries { get; set; } = 3;

    /// <summary>Retries after a 429 (each honours <c>retry_after</c>). <value>Default 10; 0–100.</value></summary>
    public int MaxRateLimitRetries { get; set; } = 10;

    /// <summary>First 5xx backoff delay, doubled per retry with jitter. <value>Default 500 ms; 1 ms–1 min.</value></summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Authorised requests per second across all routes (interaction callbacks and webhook routes are exempt).
    /// <value>Default 50 (Discord's global limit); 1–10,000.</value>
    /// </summary>
    public int GlobalRequestsPerSecond { get; set; } = DiscordRestConstants.GlobalRequestsPerSecond;
}
