using System.Data.Common;
using Microsoft.Extensions.Logging;
using VendorBot.Discord.Gateway;
using VendorBot.State;

namespace VendorBot.Bot.Sharding;

/// <summary>
/// Identify slots kept in the state store (table <c>identify_slots</c>, one row per rate-limit key holding when the next
/// identify may start), so every process sharing the store paces its shards together and a fleet started at once never
/// has an identify refused. Each reservation is one short transaction that locks the key's row; the times come from
/// this process's clock, so the machines' clocks must agree (NTP). When the store cannot be reached, this process
/// falls back to pacing its own shards.
/// </summary>
internal sealed class StateIdentifySlots(StateDatabase database, TimeProvider time, ILogger<StateIdentifySlots> logger) : IGatewayIdentifySlots
{
    private readonly InProcessIdentifySlots _fallback = new(time);

    /// <inheritdoc />
    public async ValueTask<DateTimeOffset> ReserveAsync(int rateLimitKey, TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            return await ReserveInStoreAsync(rateLimitKey, interval, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is StateStoreException or DbException)
        {
            BotLog.IdentifySlotFallback(logger, rateLimitKey, exception);
            return await _fallback.ReserveAsync(rateLimitKey, interval, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DateTimeOffset> ReserveInStoreAsync(int rateLimitKey, TimeSpan interval, CancellationToken cancellationToken)
    {
        using var turn = await database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // SQLite's write transaction already excludes every other writer; PostgreSQL locks the key's row.
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var now = time.GetUtcNow();
                await StateSql.ExecuteAsync(
                    connection,
                    transaction,
                    "INSERT INTO identify_slots (rate_limit_key, next_at) VALUES (@key, @now) ON CONFLICT (rate_limit_key) DO NOTHING;",
                    cancellationToken,
                    ("key", rateLimitKey),
                    ("now", StateSql.Timestamp(now))).ConfigureAwait(false);
                var select = StateSql.Command(
                    connection,
                    transaction,
                    "SELECT next_at FROM identify_slots WHERE rate_limit_key = @key" + (database.IsShared ? " FOR UPDATE;" : ";"),
                    ("key", rateLimitKey));
                DateTimeOffset next;
                await using (select.ConfigureAwait(false))
                {
                    next = StateSql.ParseTimestamp((string)(await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!);
                }

                var slot = next > now ? next : now;
                await StateSql.ExecuteAsync(
                    connection,
                    transaction,
                    "UPDATE identify_slots SET next_at = @next WHERE rate_limit_key = @key;",
                    cancellationToken,
                    ("next", StateSql.Timestamp(slot + interval)),
                    ("key", rateLimitKey)).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return slot;
            }
        }
    }
}
