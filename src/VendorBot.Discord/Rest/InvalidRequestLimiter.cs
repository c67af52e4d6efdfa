namespace VendorBot.Discord.Rest;

/// <summary>
/// Discord's invalid-request limit: an IP that gets 10,000 responses of 401, 403 or 429 (except 429s of scope
/// <c>shared</c>) in 10 minutes is banned by Cloudflare for a while. This counts them over a sliding 10-minute window
/// and paces every request once the count passes <see cref="DiscordRestConstants.InvalidRequestSlowDownAt"/>: the wait
/// is the window divided by what is left before <see cref="DiscordRestConstants.InvalidRequestStopAt"/>, so it grows
/// from a tenth of a second to the whole window, and the client stops well short of Discord's limit.
/// </summary>
internal sealed class InvalidRequestLimiter(TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _invalid = new();
    private DateTimeOffset _lastSent = DateTimeOffset.MinValue;

    /// <summary>Invalid responses in the last 10 minutes.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                Expire(time.GetUtcNow());
                return _invalid.Count;
            }
        }
    }

    /// <summary>Counts a response if it is one Discord counts; returns the count in the window after it, or null when not counted.</summary>
    public int? Record(int status, string? scope)
    {
        if (status is not (401 or 403) && (status != 429 || string.Equals(scope, "shared", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        lock (_lock)
        {
            var now = time.GetUtcNow();
            Expire(now);
            _invalid.Enqueue(now);
            return _invalid.Count;
        }
    }

    /// <summary>Takes the turn to send now (returns zero) or says how long to wait; always zero below the slow-down mark.</summary>
    public TimeSpan TryTake(DateTimeOffset now)
    {
        lock (_lock)
        {
            Expire(now);
            var count = _invalid.Count;
            if (count < DiscordRestConstants.InvalidRequestSlowDownAt)
            {
                return TimeSpan.Zero;
            }

            var left = DiscordRestConstants.InvalidRequestStopAt - count;
            if (left <= 0)
            {
                // Stopped: nothing goes out until the oldest counted response leaves the window.
                return _invalid.Peek() + DiscordRestConstants.InvalidRequestWindow - now;
            }

            var wait = _lastSent + (DiscordRestConstants.InvalidRequestWindow / left) - now;
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            _lastSent = now;
            return TimeSpan.Zero;
        }
    }

    private void Expire(DateTimeOffset now)
    {
        while (_invalid.Count > 0 && _invalid.Peek() + DiscordRestConstants.InvalidRequestWindow <= now)
        {
            _invalid.Dequeue();
        }
    }
}
