using System.Collections.Concurrent;
using VendorBot.Discord.Entities;

namespace VendorBot.Bot.Settings;

/// <summary>
/// The parent channel of each thread seen in THREAD_CREATE (forum posts are threads), so that a channel's settings also
/// apply in its threads. Bounded: the oldest entries are forgotten past <see cref="BotLimits.ThreadParentsRemembered"/>.
/// </summary>
internal sealed class ThreadParents
{
    private readonly ConcurrentDictionary<Snowflake, Snowflake> _parents = new();
    private readonly ConcurrentQueue<Snowflake> _order = new();

    /// <summary>Records that <paramref name="threadId"/> lives under <paramref name="parentId"/>.</summary>
    public void Add(Snowflake threadId, Snowflake parentId)
    {
        if (_parents.TryAdd(threadId, parentId))
        {
            _order.Enqueue(threadId);
        }

        while (_order.Count > BotLimits.ThreadParentsRemembered && _order.TryDequeue(out var oldest))
        {
            _parents.TryRemove(oldest, out _);
        }
    }

    /// <summary>The parent of <paramref name="channelId"/> when it is a known thread.</summary>
    public Snowflake? ParentOf(Snowflake channelId) => _parents.TryGetValue(channelId, out var parent) ? parent : null;
}
