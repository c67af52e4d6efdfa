using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace VendorBot.Knowledge.Storage;

/// <summary>
/// Writes a published copy of the index: consistent (<c>VACUUM INTO</c> reads one snapshot, so a reindex running
/// meanwhile is not half in it), compact, in rollback-journal mode (<c>journal_mode = DELETE</c>) and readable by
/// anyone, so replicas open it read-only and immutable from a folder they cannot write. The copy is written beside
/// the target and renamed over it, so a replica never sees a half-written file and its open connections keep reading
/// the file they opened.
/// </summary>
public sealed class IndexPublisher(KnowledgeDatabase database)
{
    /// <summary>Publishes the index to <paramref name="target"/>, replacing what is there.</summary>
    /// <exception cref="KnowledgeStoreException">The index cannot be read or the copy cannot be written.</exception>
    public async Task<PublishReport> PublishAsync(string target, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        var started = Stopwatch.GetTimestamp();
        var full = Path.GetFullPath(target);
        if (string.Equals(full, database.Path, StringComparison.Ordinal))
        {
            throw new KnowledgeStoreException($"cannot publish the index '{database.Path}' onto itself; choose another --out file");
        }

        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var source = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (source.ConfigureAwait(false))
            {
                using var vacuum = source.CreateCommand();
                vacuum.CommandText = "VACUUM INTO $target;";
                vacuum.Parameters.AddWithValue("$target", temporary);
                await vacuum.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            long documents;
            long passages;
            var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
            await using (copy.ConfigureAwait(false))
            {
                await copy.OpenAsync(cancellationToken).ConfigureAwait(false);
                using var command = copy.CreateCommand();
                command.CommandText = "PRAGMA journal_mode = DELETE;";
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                command.CommandText = "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM passages);";
                using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                documents = reader.GetInt64(0);
                passages = reader.GetInt64(1);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            }

            var bytes = new FileInfo(temporary).Length;
            File.Move(temporary, full, overwrite: true);
            return new PublishReport(full, documents, passages, bytes, Stopwatch.GetElapsedTime(started));
        }
        catch (SqliteException exception)
        {
            throw new KnowledgeStoreException($"cannot publish the index '{database.Path}' to '{full}': {exception.Message}", exception);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(temporary);
        }
    }
}
