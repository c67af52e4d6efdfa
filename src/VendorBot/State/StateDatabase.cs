using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Npgsql;
using VendorBot.Knowledge;

namespace VendorBot.State;

/// <summary>
/// Opens connections to the state store (a SQLite file in WAL mode, or a pooled PostgreSQL data source) and, on the first
/// open, brings every registered feature's schema up to date in one transaction, then moves rows an older index file still
/// holds. Every caller opens its own short-lived connection and keeps its transactions short. With SQLite, a writer first
/// takes this process's write turn (<see cref="EnterWriteAsync"/>): Microsoft.Data.Sqlite meets a locked file by
/// sleeping its thread 150 ms and retrying until <see cref="StateLimits.SqliteBusyTimeout"/> of wall time has passed, so
/// dozens of this process's own writers polling for one lock on a starved CPU would each block a pool thread and some
/// would give up with "database is locked"; waiting for the turn instead is asynchronous, in order, and bounded only by the
/// caller's token. The busy timeout is then left for writers in other processes.
/// </summary>
internal sealed class StateDatabase : IAsyncDisposable
{
    // pg_advisory_xact_lock key held while migrating, so processes starting together migrate one at a time.
    private const long MigrationLockKey = 0x7665_6e64_6f72_01;

    private readonly string? _sqliteConnectionString;
    private readonly NpgsqlDataSource? _dataSource;
    private readonly IReadOnlyList<StateSchema> _schemas;
    private readonly LegacyIndexImport _legacy;
    private readonly SemaphoreSlim _migrateGate = new(1, 1);
    private readonly SemaphoreSlim _writeTurn = new(1, 1);
    private volatile bool _ready;

    /// <summary>Creates the accessor from <see cref="StateOptions"/> and <c>ConnectionStrings:State</c>.</summary>
    /// <exception cref="StateStoreException">PostgreSQL is chosen but no usable connection string is configured.</exception>
    public StateDatabase(
        IOptions<StateOptions> options, IOptions<KnowledgeOptions> knowledge, IConfiguration configuration, IEnumerable<StateSchema> schemas, LegacyIndexImport legacy)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(configuration);
        _schemas = [.. schemas];
        _legacy = legacy;
        Provider = options.Value.Provider;
        if (Provider == StateProvider.PostgreSql)
        {
            var connectionString = configuration.GetConnectionString(StateOptions.ConnectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new StateStoreException("State:Provider is PostgreSQL but ConnectionStrings:State is not set (VENDORBOT_ConnectionStrings__State)");
            }

            NpgsqlConnectionStringBuilder parsed;
            try
            {
                parsed = new NpgsqlConnectionStringBuilder(connectionString);
            }
            catch (ArgumentException)
            {
                // The message could quote the string, and the string holds the password: say only where to look.
                throw new StateStoreException("ConnectionStrings:State is not a valid PostgreSQL connection string");
            }

            Description = $"PostgreSQL database '{parsed.Database}' on {parsed.Host}:{parsed.Port}";
            _dataSource = NpgsqlDataSource.Create(parsed);
        }
        else
        {
            Path = System.IO.Path.GetFullPath(options.Value.DatabasePath ?? DefaultSqlitePath(knowledge.Value));
            Description = $"SQLite file '{Path}'";
            _sqliteConnectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Cache = SqliteCacheMode.Private,
                Pooling = true,
                DefaultTimeout = (int)StateLimits.SqliteBusyTimeout.TotalSeconds,
            }.ToString();
        }
    }

    /// <summary>The provider in use.</summary>
    public StateProvider Provider { get; }

    /// <summary>True when other processes may share this store (PostgreSQL): caches must expire and work must be claimed.</summary>
    public bool IsShared => Provider == StateProvider.PostgreSql;

    /// <summary>The SQLite file's full path; null with PostgreSQL.</summary>
    public string? Path { get; }

    /// <summary>Where the state lives, for messages and logs (never the connection string).</summary>
    public string Description { get; }

    /// <summary>The default SQLite state file for an index: beside it, named after it; in <c>data/</c> for a read-only index.</summary>
    public static string DefaultSqlitePath(KnowledgeOptions knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (knowledge.ReadOnly)
        {
            return System.IO.Path.Combine("data", "vendorbot-state.db");
        }

        var index = System.IO.Path.GetFullPath(knowledge.DatabasePath);
        return System.IO.Path.Combine(System.IO.Path.GetDirectoryName(index) ?? ".", System.IO.Path.GetFileNameWithoutExtension(index) + "-state.db");
    }

    /// <summary>Opens a connection, bringing the schema up to date first if this instance has not done so yet.</summary>
    /// <exception cref="StateStoreException">The store cannot be reached or opened, or its schema is newer than this code.</exception>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenRawAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_ready)
            {
                await PrepareOnceAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch (Exception exception) when (exception is DbException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new StateStoreException($"cannot prepare the state store ({Description}): {exception.Message}", exception);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Waits for this process's turn to write to a SQLite store and holds it until disposed; with PostgreSQL (row locks,
    /// no file lock) it returns at once. Take it before opening the connection that writes, and keep it only for that write.
    /// </summary>
    public async Task<IDisposable> EnterWriteAsync(CancellationToken cancellationToken)
    {
        if (_dataSource is not null)
        {
            return NoTurn.Instance;
        }

        await _writeTurn.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new WriteTurn(_writeTurn);
    }

    /// <summary>
    /// Opens a PostgreSQL connection of its own for <c>LISTEN</c> (held for as long as the listener runs), after bringing
    /// the schema up to date.
    /// </summary>
    /// <exception cref="InvalidOperationException">The store is not PostgreSQL.</exception>
    /// <exception cref="StateStoreException">The store cannot be reached.</exception>
    public async Task<NpgsqlConnection> OpenListenerAsync(CancellationToken cancellationToken)
    {
        if (_dataSource is null)
        {
            throw new InvalidOperationException("LISTEN needs the PostgreSQL state store");
        }

        return (NpgsqlConnection)await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _migrateGate.Dispose();
        _writeTurn.Dispose();
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<DbConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        DbConnection connection;
        if (_dataSource is not null)
        {
            connection = _dataSource.CreateConnection();
        }
        else
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path!)!);
            connection = new SqliteConnection(_sqliteConnectionString);
        }

        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (_dataSource is null)
            {
                await StateSql.ExecuteAsync(connection, null, "PRAGMA foreign_keys = ON;", cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch (Exception exception) when (exception is DbException or IOException or UnauthorizedAccessException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new StateStoreException($"cannot open the state store ({Description}): {exception.Message}", exception);
        }
    }

    private async Task PrepareOnceAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await _migrateGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ready)
            {
                return;
            }

            if (_dataSource is null)
            {
                await StateSql.ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
            }

            await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
            await _legacy.ImportAsync(connection, _schemas, Description, cancellationToken).ConfigureAwait(false);
            _ready = true;
        }
        finally
        {
            _migrateGate.Release();
        }
    }

    private async Task MigrateAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            if (_dataSource is not null)
            {
                await StateSql.ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(@key);", cancellationToken, ("key", MigrationLockKey))
                    .ConfigureAwait(false);
            }

            await StateSql.ExecuteAsync(
                connection, transaction, "CREATE TABLE IF NOT EXISTS schema_versions (feature TEXT PRIMARY KEY, version INTEGER NOT NULL);", cancellationToken)
                .ConfigureAwait(false);
            foreach (var schema in _schemas)
            {
                var version = await VersionAsync(connection, transaction, schema.Feature, cancellationToken).ConfigureAwait(false);
                if (version > schema.Migrations.Count)
                {
                    throw new StateStoreException(
                        $"the state store ({Description}) has {schema.Feature} schema version {version}, newer than this VendorBot ({schema.Migrations.Count}); upgrade VendorBot");
                }

                for (var next = version; next < schema.Migrations.Count; next++)
                {
                    var step = schema.Migrations[next];
                    await StateSql.ExecuteAsync(connection, transaction, _dataSource is null ? step.Sqlite : step.PostgreSql, cancellationToken).ConfigureAwait(false);
                }

                if (version < schema.Migrations.Count)
                {
                    await StateSql.ExecuteAsync(
                        connection,
                        transaction,
                        "INSERT INTO schema_versions (feature, version) VALUES (@feature, @version) ON CONFLICT (feature) DO UPDATE SET version = excluded.version;",
                        cancellationToken,
                        ("feature", schema.Feature),
                        ("version", schema.Migrations.Count)).ConfigureAwait(false);
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<int> VersionAsync(DbConnection connection, DbTransaction transaction, string feature, CancellationToken cancellationToken)
    {
        var command = StateSql.Command(connection, transaction, "SELECT version FROM schema_versions WHERE feature = @feature;", ("feature", feature));
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } value and not DBNull
                ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)
                : 0;
        }
    }

    private sealed class WriteTurn(SemaphoreSlim turn) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turn.Release();
            }
        }
    }

    private sealed class NoTurn : IDisposable
    {
        public static readonly NoTurn Instance = new();

        public void Dispose()
        {
        }
    }
}
