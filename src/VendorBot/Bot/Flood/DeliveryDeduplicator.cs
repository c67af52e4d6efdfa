using Microsoft.Extensions.Logging;
using VendorBot.Discord.Entities;
using VendorBot.State;

namespace VendorBot.Bot.Flood;

/// <summary>
/// Remembers message and interaction ids for <see cref="BotLimits.DeliveryMemory"/> so a duplicate delivery (a gateway
/// resume replaying events, a retried interaction) is answered once. Bounded by <see cref="BotLimits.DeliveryMemoryCapacity"/>.
/// With a shared state store each new id is also claimed there, so of several processes that see one event only one
/// answers it; when the store cannot be reached the event is answered (twice at worst, never lost).
/// </summary>
internal sealed class DeliveryDeduplicator(TimeProvider time, StateDatabase state, DeliveryClaims claims, ILogger<DeliveryDeduplicator> logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Snowflake, DateTimeOffset> _seen = [];
    private readonly Queue<(Snowflake Id, DateTimeOffset At)> _order = new();

    /// <summary>True the first time <paramref name="id"/> is seen (by any process sharing the state store) within the memory window.</summary>
    public async ValueTask<bool> TryBeginAsync(Snowflake id, CancellationToken cancellationToken)
    {
        if (!TryBegin(id))
        {
            return false;
        }

        if (!state.IsShared)
        {
            return true;
        }

        try
        {
            return await claims.TryClaimAsync(id.ToString(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is StateStoreException or System.Data.Common.DbException)
        {
            BotLog.DeliveryClaimFailed(logger, id, exception);
            return true;
        }
    }

    /// <summary>True the first time <paramref name="id"/> is seen in this process within the memory window; false for a duplicate.</summary>
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
