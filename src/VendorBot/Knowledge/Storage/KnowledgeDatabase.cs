using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace VendorBot.Knowledge.Storage;

/// <summary>
/// Opens connections to the index file: WAL mode, foreign keys on, schema migrated (once per instance) on first open.
/// Every caller opens its own short-lived connection; SQLite's WAL lets readers run while one writer reindexes.
/// Read-only (<see cref="KnowledgeOptions.ReadOnly"/>): nothing is written, a published file is opened immutable and a
/// republished one is picked up without a restart (see <see cref="PublishedIndexFile"/>).
/// </summary>
public sealed class KnowledgeDatabase : IDisposable
{
    private readonly string _connectionString;
    private readonly bool _readOnly;
    private readonly IReadOnlyList<string> _migrations;
    private readonly SemaphoreSlim _migrateGate = new(1, 1);
    private readonly PublishedIndexFile? _published;
    private volatile bool _migrated;
    private long _checkedGeneration;

    /// <summary>Creates the database accessor for <see cref="KnowledgeOptions.DatabasePath"/>.</summary>
    public KnowledgeDatabase(IOptions<KnowledgeOptions> options)
        : this(options, KnowledgeSchema.Migrations)
    {
    }

    /// <summary>Creates the database accessor; <paramref name="time"/> paces how often a read-only process looks for a republished file.</summary>
    public KnowledgeDatabase(IOptions<KnowledgeOptions> options, TimeProvider time)
        : this(options, KnowledgeSchema.Migrations, time)
    {
    }

    /// <summary>Test seam: the database with another list of migrations (to simulate older and newer schemas).</summary>
    internal KnowledgeDatabase(IOptions<KnowledgeOptions> options, IReadOnlyList<string> migrations, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _migrations = migrations;
        var value = options.Value;
        Path = System.IO.Path.GetFullPath(value.DatabasePath);
        _readOnly = value.ReadOnly;
        _published = _readOnly ? new PublishedIndexFile(Path, time ?? TimeProvider.System) : null;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = _readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The full path of the index file.</summary>
    public string Path { get; }

    /// <summary>True when the index file exists (it may still be empty).</summary>
    public bool Exists => File.Exists(Path);

    /// <summary>Opens a connection, migrating the schema first if this instance has not done so yet.</summary>
    /// <exception cref="KnowledgeStoreException">The file is not a VendorBot index, or is newer than this code.</exception>
    public async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        if (!_readOnly)
        {
            var directory = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }
        else if (!Exists)
        {
            throw new KnowledgeStoreException($"the index '{Path}' does not exist (it is opened read-only, so it is not created)");
        }

        var connection = new SqliteConnection(_published?.ConnectionString() ?? _connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, _readOnly ? "PRAGMA query_only = ON;" : "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;", cancellationToken)
                .ConfigureAwait(false);
            if (_published is not null && _published.Generation != Interlocked.Read(ref _checkedGeneration))
            {
                // A republished file: check its schema like the first one's (read-only, so never migrated).
                _migrated = false;
                Interlocked.Exchange(ref _checkedGeneration, _published.Generation);
            }

            if (!_migrated)
            {
                await MigrateOnceAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch (SqliteException ex)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new KnowledgeStoreException($"cannot open the index '{Path}': {ex.Message}", ex);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _migrateGate.Dispose();

    private async Task MigrateOnceAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await _migrateGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_migrated)
            {
                return;
            }

            var version = Convert.ToInt32(await ScalarAsync(connection, "PRAGMA user_version;", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            if (version > _migrations.Count)
            {
                throw new KnowledgeStoreException(
                    $"the index '{Path}' has schema version {version}, newer than this VendorBot ({_migrations.Count}); upgrade VendorBot or rebuild the index");
            }

            if (version < _migrations.Count)
            {
                if (_readOnly)
                {
                    throw new KnowledgeStoreException(
                        $"the index '{Path}' has schema version {version} and needs migrating to {_migrations.Count}, but it is opened read-only");
                }

                await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
                for (var next = version; next < _migrations.Count; next++)
                {
                    using var transaction = connection.BeginTransaction();
                    await ExecuteAsync(connection, _migrations[next], cancellationToken, transaction).ConfigureAwait(false);
                    await ExecuteAsync(connection, $"PRAGMA user_version = {next + 1};", cancellationToken, transaction).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            _migrated = true;
        }
        finally
        {
            _migrateGate.Release();
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
