using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace VendorBot.Knowledge.Storage;

/// <summary>
/// Writes documents and their passages inside one transaction with prepared commands, keeping the external-content
/// FTS5 table in step: rows are added with their rowid, and removed with the FTS5 'delete' command fed the OLD
/// values (an external-content table cannot find them itself).
/// </summary>
internal sealed class KnowledgeWriter : IAsyncDisposable
{
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _delete;
    private readonly SqliteCommand _insertDocument;
    private readonly SqliteCommand _insertVendor;
    private readonly SqliteCommand _insertPassage;
    private readonly string _indexedAt;

    private KnowledgeWriter(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now)
    {
        _transaction = transaction;
        _indexedAt = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        _delete = Prepare(connection, transaction, StorageSql.DeleteDocument, "$id");
        _insertDocument = Prepare(
            connection, transaction, StorageSql.InsertDocument,
            "$id", "$title", "$publisher", "$url", "$published", "$vendors", "$topics", "$hash", "$text", "$indexed");
        _insertVendor = Prepare(connection, transaction, StorageSql.InsertVendor, "$id", "$vendor");
        _insertPassage = Prepare(
            connection, transaction, StorageSql.InsertPassage,
            "$id", "$document", "$ordinal", "$heading", "$start", "$end", "$title", "$body");
    }

    /// <summary>Begins an IMMEDIATE transaction (the write lock is taken now, not half-way) and prepares the commands.</summary>
    public static KnowledgeWriter Begin(SqliteConnection connection, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var transaction = connection.BeginTransaction(deferred: false);
        return new KnowledgeWriter(connection, transaction, now);
    }

    /// <summary>Removes a document with its passages, FTS rows and vendors; nothing happens if it is not there.</summary>
    public async Task DeleteDocumentAsync(string id, CancellationToken cancellationToken)
    {
        _delete.Parameters[0].Value = id;
        await _delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Inserts a document (which must not exist) with its vendors and passages.</summary>
    public async Task InsertDocumentAsync(SourceDocument document, IReadOnlyList<Passage> passages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(passages);
        var p = _insertDocument.Parameters;
        p[0].Value = document.Id;
        p[1].Value = document.Title;
        p[2].Value = (object?)document.Publisher ?? DBNull.Value;
        p[3].Value = (object?)document.Url ?? DBNull.Value;
        p[4].Value = document.PublishedOn is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
        p[5].Value = JsonSerializer.Serialize(document.Vendors);
        p[6].Value = JsonSerializer.Serialize(document.Topics);
        p[7].Value = document.ContentHash;
        p[8].Value = document.Text;
        p[9].Value = _indexedAt;
        await _insertDocument.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

        foreach (var vendor in document.Vendors)
        {
            _insertVendor.Parameters[0].Value = document.Id;
            _insertVendor.Parameters[1].Value = vendor;
            await _insertVendor.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var q = _insertPassage.Parameters;
        foreach (var passage in passages)
        {
            q[0].Value = passage.Id;
            q[1].Value = passage.DocumentId;
            q[2].Value = passage.Ordinal;
            q[3].Value = passage.HeadingPath;
            q[4].Value = passage.Start;
            q[5].Value = passage.End;
            q[6].Value = document.Title;
            q[7].Value = passage.Text;
            await _insertPassage.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Commits everything written; until then readers see the previous index.</summary>
    public Task CommitAsync(CancellationToken cancellationToken) => _transaction.CommitAsync(cancellationToken);

    /// <summary>Disposes the commands and rolls back the transaction if it was not committed.</summary>
    public async ValueTask DisposeAsync()
    {
        await _delete.DisposeAsync().ConfigureAwait(false);
        await _insertDocument.DisposeAsync().ConfigureAwait(false);
        await _insertVendor.DisposeAsync().ConfigureAwait(false);
        await _insertPassage.DisposeAsync().ConfigureAwait(false);
        await _transaction.DisposeAsync().ConfigureAwait(false);
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
