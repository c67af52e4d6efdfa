using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using VendorBot.Knowledge.Claims;

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
    private readonly SqliteCommand? _rebuildFts;
    private readonly ClaimWriter _claims;
    private readonly string _indexedAt;

    private KnowledgeWriter(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now, bool bulkLoad)
    {
        _transaction = transaction;
        _rebuildFts = bulkLoad ? PreparedCommands.Prepare(connection, transaction, StorageSql.RebuildFts) : null;
        _indexedAt = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        _delete = PreparedCommands.Prepare(connection, transaction, StorageSql.DeleteDocument, "$id");
        _insertDocument = PreparedCommands.Prepare(
            connection, transaction, StorageSql.InsertDocument,
            "$id", "$title", "$publisher", "$url", "$published", "$vendors", "$topics", "$hash", "$text", "$indexed");
        _insertVendor = PreparedCommands.Prepare(connection, transaction, StorageSql.InsertVendor, "$id", "$vendor");
        _insertPassage = PreparedCommands.Prepare(
            connection, transaction, bulkLoad ? StorageSql.InsertPassageRow : StorageSql.InsertPassage,
            "$id", "$document", "$ordinal", "$heading", "$start", "$end", "$title", "$body");
        _claims = new ClaimWriter(connection, transaction);
    }

    /// <summary>
    /// Begins an IMMEDIATE transaction (the write lock is taken now, not half-way) and prepares the commands.
    /// When the index has no passages yet, passages skip the FTS index and it is rebuilt once at commit (bulk load).
    /// </summary>
    public static async Task<KnowledgeWriter> BeginAsync(SqliteConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var transaction = connection.BeginTransaction(deferred: false);
        try
        {
            using var count = connection.CreateCommand();
            count.Transaction = transaction;
            count.CommandText = StorageSql.CountPassages;
            var empty = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0;
            return new KnowledgeWriter(connection, transaction, now, bulkLoad: empty);
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Removes a document with its passages, FTS rows and vendors; nothing happens if it is not there.</summary>
    public async Task DeleteDocumentAsync(string id, CancellationToken cancellationToken)
    {
        _delete.Parameters[0].Value = id;
        await _delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Inserts a document (which must not exist) with its vendors and passages; its claims follow with <see cref="InsertClaimsAsync"/>.</summary>
    public async Task InsertDocumentAsync(SourceDocument document, IReadOnlyList<Passage> passages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(passages);
        var p = _insertDocument.Parameters;
        p[0].Value = document.Id;
        p[1].Value = document.Title;
        p[2].Value = (object?)document.Publisher ?? DBNull.Value;
        p[3].Value = (object?)document.Url ?? DBNull.Value;
        p[4].Value = document.PublishedOn is { } date ? PublishedDates.Format(date, document.PublishedPrecision) : DBNull.Value;
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

    /// <summary>Inserts the claims and event years of a document written by <see cref="InsertDocumentAsync"/>.</summary>
    public Task InsertClaimsAsync(SourceDocument document, IReadOnlyList<Passage> passages, CancellationToken cancellationToken) =>
        _claims.InsertAsync(document, passages, cancellationToken);

    /// <summary>True when commit rebuilds the FTS index from every passage (the bulk load of an empty index).</summary>
    public bool RebuildsFts => _rebuildFts is not null;

    /// <summary>Commits everything written; until then readers see the previous index.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_rebuildFts is not null)
        {
            await _rebuildFts.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Disposes the commands and rolls back the transaction if it was not committed.</summary>
    public async ValueTask DisposeAsync()
    {
        await _delete.DisposeAsync().ConfigureAwait(false);
        await _insertDocument.DisposeAsync().ConfigureAwait(false);
        await _insertVendor.DisposeAsync().ConfigureAwait(false);
        await _insertPassage.DisposeAsync().ConfigureAwait(false);
        await _claims.DisposeAsync().ConfigureAwait(false);
        if (_rebuildFts is not null)
        {
            await _rebuildFts.DisposeAsync().ConfigureAwait(false);
        }

        await _transaction.DisposeAsync().ConfigureAwait(false);
    }
}
