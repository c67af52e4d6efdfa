using Microsoft.Data.Sqlite;

namespace VendorBot.Knowledge.Storage;

/// <summary>
/// Tells a VendorBot index from any other SQLite file, and a complete index from a damaged one. The marker is
/// <c>PRAGMA application_id</c>; the objects an index must hold are derived from the migrations themselves (run once on
/// an in-memory database), so the check follows the schema wherever it moves and never needs a list kept by hand.
/// </summary>
internal static class KnowledgeSchemaCheck
{
    /// <summary>The <c>application_id</c> VendorBot stamps on its index files ("VBot").</summary>
    public const int ApplicationId = 0x56426F74;

    /// <summary>The fix every damage message names.</summary>
    public const string RebuildHint = "rebuild it with 'vendorbot index --rebuild' (a fresh index is built beside it from the documents folder and swapped in)";

    /// <summary>The objects (<c>type name</c>, e.g. <c>table passages</c>) the schema of <paramref name="migrations"/> creates.</summary>
    public static IReadOnlySet<string> ExpectedObjects(IReadOnlyList<string> migrations)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        using var connection = new SqliteConnection("Data Source=:memory:;Pooling=False");
        connection.Open();
        foreach (var migration in migrations)
        {
            using var command = connection.CreateCommand();
            command.CommandText = migration;
            command.ExecuteNonQuery();
        }

        return ReadObjects(connection);
    }

    /// <summary>The objects (<c>type name</c>) in the database behind <paramref name="connection"/>.</summary>
    public static async Task<IReadOnlySet<string>> ReadObjectsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = ObjectsSql;
        var objects = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            objects.Add($"{reader.GetString(0)} {reader.GetString(1)}");
        }

        return objects;
    }

    /// <summary>
    /// True when a database without VendorBot's marker is still one of ours: an index written before the marker existed
    /// (a schema version VendorBot knows and its <c>documents</c> and <c>passages</c> tables).
    /// </summary>
    public static bool IsUnmarkedIndex(IReadOnlySet<string> objects, int version, int knownVersions) =>
        version >= 1 && version <= knownVersions && objects.Contains("table documents") && objects.Contains("table passages");

    private const string ObjectsSql = "SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' AND type IN ('table', 'index', 'trigger', 'view');";

    private static HashSet<string> ReadObjects(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = ObjectsSql;
        var objects = new HashSet<string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            objects.Add($"{reader.GetString(0)} {reader.GetString(1)}");
        }

        return objects;
    }
}
