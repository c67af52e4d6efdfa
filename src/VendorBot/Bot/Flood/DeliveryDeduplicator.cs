using VendorBot.Discord.Entities;

namespace VendorBot.Bot.Flood;

/// <summary>
/// Remembers message and interaction ids for <see cref="BotLimits.DeliveryMemory"/> so a duplicate delivery (a gateway
/// resume replaying events, a retried interaction) is answered once. Bounded by <see cref="BotLimits.DeliveryMemoryCapacity"/>.
/// </summary>
internal sealed class DeliveryDeduplicator(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Snowflake, DateTimeOffset> _seen = [];
    private readonly Queue<(Snowflake Id, DateTimeOffset At)> _order = new();

    /// <summary>True the first time <paramref name="id"/> is seen within the memory window; false for a duplicate.</summary>
    public bool TryBegin(Snowflake id)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            while (_order.Count > 0 && (_order.Count >= BotLimits.DeliveryMemoryCapacity || _order.Peek().At <= now - BotLimits.DeliveryMemory))
            {
                var (old, at) = _order.Dequeue();
                if (_seen.TryGetValue(old, out var seenAt) && seenAt == at)
                {
                    _seen.Remove(old);
                }
            }

            if (!_seen.TryAdd(id, now))
            {
                return false;
            }

            _order.Enqueue((id, now));
            return true;
        }
    }
}
