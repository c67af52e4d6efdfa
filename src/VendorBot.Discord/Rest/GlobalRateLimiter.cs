namespace VendorBot.Discord.Rest;

/// <summary>
/// The bot-wide limit: at most N authorised requests in any sliding window of one second, and a full stop while a
/// global 429 is in force. Waits are bounded by the caller's deadline.
/// </summary>
internal sealed class GlobalRateLimiter(TimeProvider time, int requestsPerWindow, TimeSpan window)
{
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _sent = new();
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>Waits for a slot and takes it; throws <see cref="DiscordRestException"/> if the wait would pass <paramref name="deadline"/>.</summary>
    public async Task AcquireAsync(string route, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        // Each turn either takes a slot or waits a positive time, and the deadline bounds the total.
        while (true)
        {
            var wait = TryTake(time.GetUtcNow());
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            if (time.GetUtcNow() + wait > deadline)
            {
                throw new DiscordRestException(DiscordRestFailure.RateLimited, route, null, null, null);
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops every authorised request until <paramref name="until"/> (a global 429).</summary>
    public void Pause(DateTimeOffset until)
    {
        until += DiscordRestConstants.ResetMargin;
        lock (_lock)
        {
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    /// <summary>Takes a slot now (returns zero) or says how long to wait.</summary>
    internal TimeSpan TryTake(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (now < _pausedUntil)
            {
                return _pausedUntil - now;
            }

            while (_sent.Count > 0 && _sent.Peek() + window <= now)
            {
                _sent.Dequeue();
            }

            if (_sent.Count >= requestsPerWindow)
            {
                return _sent.Peek() + window - now;
            }

            _sent.Enqueue(now);
            return TimeSpan.Zero;
        }
    }
}
