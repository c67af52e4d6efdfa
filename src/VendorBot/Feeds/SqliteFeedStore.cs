using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace VendorBot.Feeds;

/// <summary>
/// The feed state in its own SQLite file (<c>Feeds:DatabasePath</c>), with its own small schema (version 1 in
/// <c>user_version</c>): <c>feeds</c> and <c>feed_items</c>. Self-contained so it can move into the shared state store.
/// </summary>
internal sealed class SqliteFeedStore : IFeedStore, IDisposable
{
    private const int SchemaVersion = 1;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS feeds (
            id                   INTEGER PRIMARY KEY,
            url                  TEXT NOT NULL UNIQUE,
            title                TEXT,
            vendors              TEXT NOT NULL,   -- JSON array
            keywords             TEXT NOT NULL,   -- JSON array
            added_by             TEXT NOT NULL,
            added_at             TEXT NOT NULL,
            etag                 TEXT,
            last_modified        TEXT,
            last_polled_at       TEXT,
            next_poll_at         TEXT,
            last_error           TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS feed_items (
            feed_id      INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            item_id      TEXT NOT NULL,
            seen_at      TEXT NOT NULL,
            document_id  TEXT,
            PRIMARY KEY (feed_id, item_id)
        );
        """;

    private const string SelectFeed = """
        SELECT id, url, title, vendors, keywords, added_by, etag, last_modified, last_polled_at, next_poll_at, last_error, consecutive_failures FROM feeds
        """;

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _migrate = new(1, 1);
    private bool _migrated;

    /// <summary>Creates the store over <c>Feeds:DatabasePath</c> (the file and folder are created on first use).</summary>
    public SqliteFeedStore(IOptions<FeedsOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        Path = System.IO.Path.GetFullPath(options.Value.DatabasePath);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
        _time = time;
    }

    /// <summary>The full path of the state file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public async Task<Feed> AddAsync(
        Uri url, string? title, IReadOnlyList<string> vendors, IReadOnlyList<string> keywords, string addedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO feeds (url, title, vendors, keywords, added_by, added_at) VALUES ($url, $title, $vendors, $keywords, $by, $at)
                ON CONFLICT(url) DO NOTHING;
                """;
            insert.Parameters.AddWithValue("$url", url.AbsoluteUri);
            insert.Parameters.AddWithValue("$title", (object?)title ?? DBNull.Value);
            insert.Parameters.AddWithValue("$vendors", JsonSerializer.Serialize(vendors));
            insert.Parameters.AddWithValue("$keywords", JsonSerializer.Serialize(keywords));
            insert.Parameters.AddWithValue("$by", addedBy);
            insert.Parameters.AddWithValue("$at", Format(_time.GetUtcNow()));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        using var select = connection.CreateCommand();
        select.CommandText = SelectFeed + " WHERE url = $url;";
        select.Parameters.AddWithValue("$url", url.AbsoluteUri);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return Read(reader);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Feed>> ListAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return []; // no feed was ever added; reading does not create the file
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = SelectFeed + " ORDER BY id;";
        var feeds = new List<Feed>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            feeds.Add(Read(reader));
        }

        return feeds;
    }

    /// <inheritdoc />
    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM feeds WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> SeenAsync(long feedId, IEnumerable<string> itemIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM feed_items WHERE feed_id = $feed AND item_id = $item;";
        command.Parameters.AddWithValue("$feed", feedId);
        var item = command.Parameters.Add("$item", SqliteType.Text);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in itemIds)
        {
            item.Value = id;
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
            {
                seen.Add(id);
            }
        }

        return seen;
    }

    /// <inheritdoc />
    public async Task MarkSeenAsync(long feedId, IEnumerable<(string ItemId, string? DocumentId)> items, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO feed_items (feed_id, item_id, seen_at, document_id) VALUES ($feed, $item, $at, $document)
            ON CONFLICT(feed_id, item_id) DO UPDATE SET document_id = coalesce(excluded.document_id, document_id);
            """;
        command.Parameters.AddWithValue("$feed", feedId);
        command.Parameters.AddWithValue("$at", Format(at));
        var item = command.Parameters.Add("$item", SqliteType.Text);
        var document = command.Parameters.Add("$document", SqliteType.Text);
        foreach (var (itemId, documentId) in items)
        {
            item.Value = itemId;
            document.Value = (object?)documentId ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task RecordPollAsync(Feed feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE feeds SET title = coalesce($title, title), etag = $etag, last_modified = $modified, last_polled_at = $polled,
                             next_poll_at = $next, last_error = $error, consecutive_failures = $failures
            WHERE id = $id;
            """;
        command.Parameters.AddWithValue("$id", feed.Id);
        command.Parameters.AddWithValue("$title", (object?)feed.Title ?? DBNull.Value);
        command.Parameters.AddWithValue("$etag", (object?)feed.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$modified", feed.LastModified is { } modified ? Format(modified) : DBNull.Value);
        command.Parameters.AddWithValue("$polled", feed.LastPolledAt is { } polled ? Format(polled) : DBNull.Value);
        command.Parameters.AddWithValue("$next", feed.NextPollAt is { } next ? Format(next) : DBNull.Value);
        command.Parameters.AddWithValue("$error", (object?)feed.LastError ?? DBNull.Value);
        command.Parameters.AddWithValue("$failures", feed.ConsecutiveFailures);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose() => _migrate.Dispose();

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";
                await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (!_migrated)
            {
                await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await _migrate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_migrated)
            {
                return;
            }

            using var version = connection.CreateCommand();
            version.CommandText = "PRAGMA user_version;";
            var current = Convert.ToInt32(await version.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            if (current > SchemaVersion)
            {
                throw new InvalidOperationException($"the feed state '{Path}' has schema version {current}; this VendorBot knows up to {SchemaVersion}");
            }

            if (current < SchemaVersion)
            {
                using var create = connection.CreateCommand();
                create.CommandText = "PRAGMA journal_mode = WAL; " + Schema + $" PRAGMA user_version = {SchemaVersion};";
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            _migrated = true;
        }
        finally
        {
            _migrate.Release();
        }
    }

    private static Feed Read(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        new Uri(reader.GetString(1)),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        JsonSerializer.Deserialize<List<string>>(reader.GetString(3)) ?? [],
        JsonSerializer.Deserialize<List<string>>(reader.GetString(4)) ?? [],
        reader.GetString(5))
    {
        ETag = reader.IsDBNull(6) ? null : reader.GetString(6),
        LastModified = reader.IsDBNull(7) ? null : Parse(reader.GetString(7)),
        LastPolledAt = reader.IsDBNull(8) ? null : Parse(reader.GetString(8)),
        NextPollAt = reader.IsDBNull(9) ? null : Parse(reader.GetString(9)),
        LastError = reader.IsDBNull(10) ? null : reader.GetString(10),
        ConsecutiveFailures = reader.GetInt32(11),
    };

    private static string Format(DateTimeOffset moment) => moment.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
