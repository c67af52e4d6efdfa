namespace VendorBot.Discord.Rest;

/// <summary>
/// One rate-limit bucket for one major parameter. Requests in a bucket go one at a time through
/// <see cref="Gate"/>, so the client learns the remaining count from each response before the next request and
/// never sends into an exhausted bucket.
/// </summary>
internal sealed class RateLimitBucket
{
    private readonly Lock _lock = new();
    private int? _remaining;
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;

    /// <summary>Held while a request in this bucket waits for its turn and is in flight.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>When a request last asked for this bucket; idle buckets are pruned by <see cref="RateLimitRegistry"/>.</summary>
    public DateTimeOffset LastUsed { get; set; }

    /// <summary>True when no request holds or waits for the bucket and its window is over at <paramref name="now"/>.</summary>
    public bool IsIdle(DateTimeOffset now)
    {
        lock (_lock)
        {
            return now >= _resetAt && Gate.CurrentCount == 1;
        }
    }

    /// <summary>How long to wait before the next request may be sent; zero when it may go now.</summary>
    public TimeSpan WaitTime(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (now >= _resetAt)
            {
                // The window has reset: the count is unknown again until the next response tells us.
                _remaining = null;
                return TimeSpan.Zero;
            }

            return _remaining is 0 ? _resetAt - now : TimeSpan.Zero;
        }
    }

    /// <summary>Applies a response's headers, received at <paramref name="now"/>.</summary>
    public void Update(RateLimitHeaders headers, DateTimeOffset now)
    {
        if (headers.Remaining is not { } remaining || headers.ResetAfter is not { } resetAfter)
        {
            return;
        }

        lock (_lock)
        {
            _remaining = remaining;
            _resetAt = now + resetAfter + DiscordRestConstants.ResetMargin;
        }
    }

    /// <summary>Marks the bucket empty until <paramref name="until"/> (after a 429).</summary>
    public void Exhaust(DateTimeOffset until)
    {
        lock (_lock)
        {
            _remaining = 0;
            until += DiscordRestConstants.ResetMargin;
            if (until > _resetAt)
            {
                _resetAt = until;
            }
        }
    }
}
