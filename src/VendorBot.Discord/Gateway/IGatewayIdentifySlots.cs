namespace VendorBot.Discord.Gateway;

/// <summary>
/// Hands out identify slots: at most one identify per <c>interval</c> per rate-limit key (<c>shard_id % max_concurrency</c>).
/// The default, <see cref="InProcessIdentifySlots"/>, paces the shards of one process; register another implementation
/// (for example one backed by a database every process shares) to pace a fleet of processes.
/// </summary>
public interface IGatewayIdentifySlots
{
    /// <summary>
    /// Reserves the next free slot for <paramref name="rateLimitKey"/> and returns when it starts (now or later); the
    /// slot after it starts <paramref name="interval"/> later. The caller waits until the returned moment, then identifies.
    /// </summary>
    ValueTask<DateTimeOffset> ReserveAsync(int rateLimitKey, TimeSpan interval, CancellationToken cancellationToken);
}
