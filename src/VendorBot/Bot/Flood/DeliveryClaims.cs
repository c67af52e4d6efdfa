using VendorBot.State;

namespace VendorBot.Bot.Flood;

/// <summary>
/// Deliveries claimed in the state store (table <c>deliveries</c>): the first process to claim an id answers it, every
/// other process sharing the store sees a duplicate. Claims older than <see cref="BotLimits.DeliveryMemory"/> are
/// deleted now and then by whoever claims.
/// </summary>
internal sealed class DeliveryClaims(StateDatabase database, TimeProvider time)
{
    private long _nextPurgeTicks;

    /// <summary>True when this call claimed <paramref name="id"/>; false when some process (this one included) already had.</summary>
    public async Task<bool> TryClaimAsync(string id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        using var turn = await database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var due = Interlocked.Read(ref _nextPurgeTicks);
            if (now.UtcTicks >= due && Interlocked.CompareExchange(ref _nextPurgeTicks, (now + BotLimits.DeliveryClaimPurgeInterval).UtcTicks, due) == due)
            {
                await StateSql.ExecuteAsync(
                    connection, null, "DELETE FROM deliveries WHERE claimed_at < @cutoff;", cancellationToken, ("cutoff", StateSql.Timestamp(now - BotLimits.DeliveryMemory)))
                    .ConfigureAwait(false);
            }

            // A claim need not survive a database crash (the worst case is one event answered twice), so PostgreSQL does
            // not wait for it to reach the disk: the claim is on every question's critical path.
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var claim = StateSql.Command(
                    connection,
                    transaction,
                    (database.IsShared ? "SET LOCAL synchronous_commit = off; " : "")
                    + "INSERT INTO deliveries (id, claimed_at) VALUES (@id, @at) ON CONFLICT (id) DO NOTHING RETURNING 1;",
                    ("id", id),
                    ("at", StateSql.Timestamp(now)));
                bool claimed;
                await using (claim.ConfigureAwait(false))
                {
                    claimed = await claim.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not (null or DBNull);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return claimed;
            }
        }
    }
}
