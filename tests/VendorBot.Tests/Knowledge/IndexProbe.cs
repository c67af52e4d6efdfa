using System.Globalization;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Tests.Knowledge;

/// <summary>Raw queries a test uses to look inside the index (FTS matches, integrity, row counts).</summary>
internal static class IndexProbe
{
    public static async Task<long> MatchCountAsync(KnowledgeDatabase database, string ftsQuery) =>
        await ScalarAsync(database, "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH $q", ftsQuery);

    public static Task<long> CountAsync(KnowledgeDatabase database, string table) =>
        ScalarAsync(database, $"SELECT count(*) FROM {table}", null);

    /// <summary>Throws if the external-content FTS index disagrees with the passages table.</summary>
    public static async Task AssertFtsInSyncAsync(KnowledgeDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO passages_fts(passages_fts, rank) VALUES('integrity-check', 1);";
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<Dictionary<string, string>> HashesAsync(KnowledgeDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, content_hash FROM documents";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var hashes = new Dictionary<string, string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            hashes[reader.GetString(0)] = reader.GetString(1);
        }

        return hashes;
    }

    /// <summary>Every stored passage body, and the same offsets applied to its stored document text.</summary>
    public static async Task<List<(string Body, string Slice)>> StoredPassageSlicesAsync(KnowledgeDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT p.body, d.text, p.start_offset, p.end_offset FROM passages p JOIN documents d ON d.id = p.document_id";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<(string, string)>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetString(1)[reader.GetInt32(2)..reader.GetInt32(3)]));
        }

        return rows;
    }

    private static async Task<long> ScalarAsync(KnowledgeDatabase database, string sql, string? query)
    {
        await using var connection = await database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (query is not null)
        {
            command.Parameters.AddWithValue("$q", query);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), CultureInfo.InvariantCulture);
    }
}
