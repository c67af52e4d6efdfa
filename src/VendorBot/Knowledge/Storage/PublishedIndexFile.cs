using Microsoft.Data.Sqlite;

namespace VendorBot.Knowledge.Storage;

/// <summary>
/// The connection string of a read-only index, one generation per version of the file. A published file (rollback
/// journal, see <c>vendorbot publish</c>) is opened <c>immutable</c>: SQLite then takes no locks and creates no
/// <c>-wal</c>, <c>-shm</c> or <c>-journal</c> file, so a folder without write access works. That is safe because a
/// republish replaces the file by renaming a new one over it, never by writing into it: an open connection keeps
/// reading the file it opened. At most once per <see cref="KnowledgeLimits.ReadOnlyRecheckInterval"/> the path is
/// looked at again; when another file is there, new connections use a new pool (a new generation) and the old pool is
/// cleared, its connections closing as their questions finish with them.
/// </summary>
internal sealed class PublishedIndexFile(string path, TimeProvider time)
{
    private readonly Lock _lock = new();
    private FileStamp? _stamp;
    private string _connectionString = "";
    private long _generation;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    /// <summary>How many times the file was found replaced since this process opened it.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>The connection string for the file now at the path (looking again when the last look is old enough).</summary>
    public string ConnectionString()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (_stamp is not null && now - _checkedAt < KnowledgeLimits.ReadOnlyRecheckInterval)
            {
                return _connectionString;
            }

            _checkedAt = now;
            var stamp = FileStamp.Of(path);
            if (_stamp is not null && stamp == _stamp)
            {
                return _connectionString;
            }

            var previous = _connectionString;
            _stamp = stamp;
            _connectionString = Build(path, stamp.RollbackJournal, Interlocked.Increment(ref _generation));
            if (previous.Length > 0)
            {
                using var old = new SqliteConnection(previous);
                SqliteConnection.ClearPool(old);
            }

            return _connectionString;
        }
    }

    private static string Build(string path, bool immutable, long generation)
    {
        // The generation is an unknown URI parameter, ignored by SQLite, that gives each version of the file its own pool.
        var uri = new UriBuilder { Scheme = "file", Host = "", Path = path }.Uri.AbsoluteUri;
        var query = immutable ? $"?immutable=1&generation={generation}" : $"?generation={generation}";
        return new SqliteConnectionStringBuilder
        {
            DataSource = uri + query,
            Mode = SqliteOpenMode.ReadOnly,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString();
    }

    private sealed record FileStamp(long Length, DateTime WrittenAt, bool RollbackJournal)
    {
        public static FileStamp Of(string path)
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new KnowledgeStoreException($"the index '{path}' does not exist (it is opened read-only, so it is not created)");
            }

            // Bytes 18 and 19 of the header are the write and read versions: 1 for a rollback journal, 2 for WAL.
            var header = new byte[20];
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
                stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            }

            return new FileStamp(info.Length, info.LastWriteTimeUtc, header[18] == 1 && header[19] == 1);
        }
    }
}
