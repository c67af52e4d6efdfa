using Microsoft.Data.Sqlite;

namespace VendorBot.Knowledge.Search;

/// <summary>
/// Collection statistics of <c>passages_fts</c>: passage count and total tokens per column, plus the index's
/// generation, which changes on every write, so caches keyed on these statistics never outlive a reindex.
/// </summary>
internal sealed record IndexStatistics(long PassageCount, FieldCounts TotalLengths, long Generation = 0)
{
    // FTS5 keeps the row count and per-column token totals in one record of its %_data table, rowid 1
    // (the "averages" record: a varint row count followed by one varint per column), and its segment structure in
    // rowid 10, which carries a write counter that grows with every flush: every transaction that writes to the index
    // (even one that leaves the totals as they were) changes that record, so a hash of it names the generation.
    private const string RecordsSql = "SELECT id, block FROM passages_fts_data WHERE id IN (1, 10)";
    private const long AveragesRowId = 1;

    /// <summary>Average tokens per column.</summary>
    public FieldCounts AverageLengths => PassageCount == 0
        ? default
        : new(TotalLengths.Title / PassageCount, TotalLengths.Heading / PassageCount, TotalLengths.Body / PassageCount);

    /// <summary>Reads the statistics in O(1) from FTS5's averages and structure records.</summary>
    public static async Task<IndexStatistics> ReadAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = RecordsSql;
        byte[]? averages = null;
        long generation = 0;
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var block = (byte[])reader.GetValue(1);
                if (reader.GetInt64(0) == AveragesRowId)
                {
                    averages = block;
                }
                else
                {
                    generation = Fnv1a(block);
                }
            }
        }

        if (averages is not { Length: > 0 })
        {
            return new IndexStatistics(0, default, generation);
        }

        var values = SqliteVarint.ReadAll(averages, 4);
        return new IndexStatistics(values[0], FieldCounts.From(values[1..]), generation);
    }

    private static long Fnv1a(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
