namespace VendorBot.Discord.Gateway;

/// <summary>
/// Keeps one connection's sends within <see cref="GatewayLimits.SendsPerWindow"/> per
/// <see cref="GatewayLimits.SendWindow"/> (Discord closes with 4008 beyond it), a sliding window over the times of the
/// last sends. Heartbeats may use the last <see cref="GatewayLimits.SendsReservedForHeartbeats"/> slots; other payloads
/// wait instead, so a burst of sends can never starve the heartbeat.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider timeProvider)
{
    private readonly Queue<DateTimeOffset> _sent = new(GatewayLimits.SendsPerWindow);
    private readonly Lock _lock = new();

    /// <summary>Waits until a send of this priority is allowed and counts it.</summary>
    public async ValueTask WaitAsync(GatewaySendPriority priority, CancellationToken cancellationToken)
    {
        var allowed = priority == GatewaySendPriority.Heartbeat
            ? GatewayLimits.SendsPerWindow
            : GatewayLimits.SendsPerWindow - GatewayLimits.SendsReservedForHeartbeats;
        while (true)
        {
            var wait = TryAcquire(allowed);
            if (wait == TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Counts the send and returns zero, or returns how long until the oldest send leaves the window.</summary>
    private TimeSpan TryAcquire(int allowed)
    {
        lock (_lock)
        {
            var now = timeProvider.GetUtcNow();
            while (_sent.Count > 0 && _sent.Peek() + GatewayLimits.SendWindow <= now)
            {
                _sent.Dequeue();
            }

            if (_sent.Count < allowed)
            {
                _sent.Enqueue(now);
                return TimeSpan.Zero;
            }

            // The (Count - allowed + 1)th oldest send must leave the window; the oldest is a safe lower bound to wait for.
            return _sent.Peek() + GatewayLimits.SendWindow - now;
        }
    }
}
