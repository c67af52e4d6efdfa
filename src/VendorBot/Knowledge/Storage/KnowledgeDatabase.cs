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
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

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
    /// <exception cref="KnowledgeStoreException">
    /// The file is not a VendorBot index (it is then left unchanged), is newer than this code, or is damaged (a table missing).
    /// </exception>
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
            throw Describe(ex);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Runs <c>PRAGMA quick_check</c> over the whole file (seconds on a big index, so only <c>index</c> and <c>run</c> call it).
    /// </summary>
    /// <exception cref="KnowledgeStoreException">The index is damaged; the message names the problem and the fix.</exception>
    public async Task CheckIntegrityAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var problems = new List<string>();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check(5);";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                problems.Add(reader.GetString(0));
            }
        }
        catch (SqliteException ex)
        {
            throw Describe(ex);
        }

        if (problems is not ["ok"])
        {
            throw Damaged($"the integrity check found {string.Join("; ", problems)}");
        }
    }

    /// <summary>
    /// Turns a SQLite failure on this file into a message that names the file, what is wrong and the fix. Callers that
    /// query the index may use it for errors SQLite only notices part-way (a damaged page read late).
    /// </summary>
    public KnowledgeStoreException Describe(SqliteException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.SqliteErrorCode switch
        {
            SqliteCorrupt => Damaged($"SQLite reports it malformed ({exception.Message.TrimEnd('.')})", exception),
            SqliteNotADatabase => new KnowledgeStoreException(
                $"cannot open the index '{Path}': it is not a SQLite database. If it was a VendorBot index, {KnowledgeSchemaCheck.RebuildHint}; "
                + "otherwise choose another --db path", exception),
            _ => new KnowledgeStoreException($"cannot open the index '{Path}': {exception.Message}", exception),
        };
    }

    /// <inheritdoc />
    public void Dispose() => _migrateGate.Dispose();

    private KnowledgeStoreException Damaged(string what, Exception? inner = null)
    {
        var message = $"the index '{Path}' is damaged: {what}; {KnowledgeSchemaCheck.RebuildHint}";
        return inner is null ? new KnowledgeStoreException(message) : new KnowledgeStoreException(message, inner);
    }

    // Refuses a non-empty SQLite file that is not ours before anything is written to it (not even journal_mode).
    private async Task<bool> CheckOwnershipAsync(SqliteConnection connection, int version, CancellationToken cancellationToken)
    {
        var applicationId = Convert.ToInt32(await ScalarAsync(connection, "PRAGMA application_id;", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (applicationId == KnowledgeSchemaCheck.ApplicationId)
        {
            return true;
        }

        var objects = await KnowledgeSchemaCheck.ReadObjectsAsync(connection, cancellationToken).ConfigureAwait(false);
        if (applicationId == 0 && (objects.Count == 0 || KnowledgeSchemaCheck.IsUnmarkedIndex(objects, version, _migrations.Count)))
        {
            return false;
        }

        throw new KnowledgeStoreException(
            $"'{Path}' is a SQLite database but not a VendorBot index (it has other tables and no VendorBot marker); it was left unchanged. "
            + "Choose another --db path")
        {
            NotAnIndex = true,
        };
    }

    private async Task CheckCompleteAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var expected = KnowledgeSchemaCheck.ExpectedObjects(_migrations);
        var actual = await KnowledgeSchemaCheck.ReadObjectsAsync(connection, cancellationToken).ConfigureAwait(false);
        var missing = expected.Where(o => !actual.Contains(o)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw Damaged($"{(missing.Count == 1 ? "this is" : "these are")} missing: {string.Join(", ", missing)}");
        }
    }

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
            var marked = await CheckOwnershipAsync(connection, version, cancellationToken).ConfigureAwait(false);
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

                for (var next = version; next < _migrations.Count; next++)
                {
                    using var transaction = connection.BeginTransaction();
                    await ExecuteAsync(connection, _migrations[next], cancellationToken, transaction).ConfigureAwait(false);
                    await ExecuteAsync(connection, $"PRAGMA user_version = {next + 1};", cancellationToken, transaction).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            if (!_readOnly)
            {
                // WAL again after a rebuild swapped in a file left in rollback mode; a no-op when it already is.
                await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
                if (!marked)
                {
                    await ExecuteAsync(connection, $"PRAGMA application_id = {KnowledgeSchemaCheck.ApplicationId};", cancellationToken).ConfigureAwait(false);
                }
            }

            await CheckCompleteAsync(connection, cancellationToken).ConfigureAwait(false);
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
