using Microsoft.Data.Sqlite;

namespace VendorBot.Knowledge.Storage;

/// <summary>
/// Puts a freshly built index file in place of another in one rename, for <c>vendorbot index --rebuild</c>. The fresh
/// file is first made self-contained (rollback journal, so no WAL of its own is left behind), and the old file's WAL and
/// shared-memory files are removed before the rename so SQLite can never replay them onto the new file.
/// </summary>
internal static class IndexFileSwap
{
    /// <summary>The path the fresh index is built at, beside <paramref name="target"/>.</summary>
    public static string FreshPath(string target) => Path.GetFullPath(target) + ".rebuild";

    /// <summary>Deletes a fresh file (and its companions) left by an interrupted rebuild.</summary>
    public static void DeleteFresh(string target)
    {
        var fresh = FreshPath(target);
        SqliteConnection.ClearAllPools();
        foreach (var path in Companions(fresh).Append(fresh).Append(fresh + ".lock"))
        {
            File.Delete(path);
        }
    }

    /// <summary>Replaces <paramref name="target"/> with <see cref="FreshPath"/>; every connection to either must be closed.</summary>
    public static void Swap(string target)
    {
        var full = Path.GetFullPath(target);
        var fresh = FreshPath(full);
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = fresh, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = DELETE;";
            command.ExecuteNonQuery();
        }

        foreach (var companion in Companions(full))
        {
            File.Delete(companion);
        }

        File.Move(fresh, full, overwrite: true);
        File.Delete(fresh + ".lock");
    }

    private static IEnumerable<string> Companions(string path) => [path + "-wal", path + "-shm", path + "-journal"];
}
