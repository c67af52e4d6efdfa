namespace VendorBot.Discord.Gateway;

/// <summary>Identify slots for the shards of this process only (the default <see cref="IGatewayIdentifySlots"/>).</summary>
public sealed class InProcessIdentifySlots(TimeProvider timeProvider) : IGatewayIdentifySlots
{
    private readonly Dictionary<int, DateTimeOffset> _nextSlot = [];
    private readonly Lock _lock = new();

    /// <inheritdoc />
    public ValueTask<DateTimeOffset> ReserveAsync(int rateLimitKey, TimeSpan interval, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var now = timeProvider.GetUtcNow();
            var slot = _nextSlot.TryGetValue(rateLimitKey, out var next) && next > now ? next : now;
            _nextSlot[rateLimitKey] = slot + interval;
            return ValueTask.FromResult(slot);
        }
    }
}
