namespace VendorBot.Feeds;

/// <summary>When a feed is polled next: the interval moved by jitter after a success; doubled per consecutive failure (capped) after errors.</summary>
internal static class FeedSchedule
{
    /// <summary>The next poll time. <paramref name="random"/> is in [0, 1): 0.5 means no jitter.</summary>
    public static DateTimeOffset Next(DateTimeOffset now, FeedsOptions options, int consecutiveFailures, double random)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseDelay = options.PollInterval;
        if (consecutiveFailures > 0)
        {
            var factor = Math.Pow(2, Math.Min(consecutiveFailures, 20));
            baseDelay = TimeSpan.FromTicks((long)Math.Min(options.MaxBackoff.Ticks, options.PollInterval.Ticks * factor));
        }

        var jitter = baseDelay * options.Jitter * ((random * 2) - 1);
        return now + baseDelay + jitter;
    }
}
