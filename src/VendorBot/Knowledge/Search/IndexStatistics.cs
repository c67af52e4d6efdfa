using Microsoft.Data.Sqlite;

namespace VendorBot.Knowledge.Search;

/// <summary>Collection statistics of <c>passages_fts</c>: passage count and total tokens per column.</summary>
internal sealed record IndexStatistics(long PassageCount, FieldCounts TotalLengths)
{
    // FTS5 keeps the row count and per-column token totals in one record of its %_data table, rowid 1
    // (the "averages" record: a varint row count followed by one varint per column).
    private const string AveragesSql = "SELECT block FROM passages_fts_data WHERE id = 1";

    /// <summary>Average tokens per column.</summary>
    public FieldCounts AverageLengths => PassageCount == 0
        ? default
        : new(TotalLengths.Title / PassageCount, TotalLengths.Heading / PassageCount, TotalLengths.Body / PassageCount);

    /// <summary>Reads the statistics in O(1) from FTS5's averages record.</summary>
    public static async Task<IndexStatistics> ReadAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = AveragesSql;
        var block = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
        if (block is not { Length: > 0 })
        {
            return new IndexStatistics(0, default);
        }

        var values = SqliteVarint.ReadAll(block, 4);
        return new IndexStatistics(values[0], FieldCounts.From(values[1..]));
    }
}
