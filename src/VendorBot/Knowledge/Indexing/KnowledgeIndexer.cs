using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorBot.Knowledge.Chunking;
using VendorBot.Knowledge.Loading;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Knowledge.Indexing;

/// <summary>
/// Builds and updates the index. A run is incremental (by content hash) and atomic: files are read, parsed and chunked
/// first, then everything is written in one short transaction, so readers keep searching the previous index (WAL)
/// and a failure leaves it complete. Runs in one process are serialised.
/// </summary>
public sealed class KnowledgeIndexer : IDisposable
{
    private readonly KnowledgeDatabase _database;
    private readonly KnowledgeOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<KnowledgeIndexer> _logger;
    private readonly Func<SourceDocument, CancellationToken, Task>? _beforeWrite;
    private readonly FolderPlanner _planner;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Creates the indexer over the index database.</summary>
    public KnowledgeIndexer(
        KnowledgeDatabase database, IOptions<KnowledgeOptions> options, TimeProvider timeProvider, ILogger<KnowledgeIndexer> logger)
        : this(database, options, timeProvider, logger, beforeWrite: null)
    {
    }

    /// <summary>Test seam: <paramref name="beforeWrite"/> runs for every document inside the write transaction.</summary>
    internal KnowledgeIndexer(
        KnowledgeDatabase database,
        IOptions<KnowledgeOptions> options,
        TimeProvider timeProvider,
        ILogger<KnowledgeIndexer> logger,
        Func<SourceDocument, CancellationToken, Task>? beforeWrite)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _beforeWrite = beforeWrite;
        _planner = new FolderPlanner(new DocumentLoader(_options.MaxFileBytes));
    }

    /// <summary>Reindexes the configured documents folder (<see cref="KnowledgeOptions.DocumentsPath"/>).</summary>
    public Task<ReindexReport> ReindexAsync(IProgress<IndexProgress>? progress, CancellationToken cancellationToken) =>
        ReindexAsync(_options.DocumentsPath, ReindexRequest.Default, progress, cancellationToken);

    /// <summary>Reindexes <paramref name="folder"/> with the default <see cref="ReindexRequest"/>.</summary>
    public Task<ReindexReport> ReindexAsync(string folder, IProgress<IndexProgress>? progress, CancellationToken cancellationToken) =>
        ReindexAsync(folder, ReindexRequest.Default, progress, cancellationToken);

    /// <summary>
    /// Makes the index match <paramref name="folder"/>: adds new files, replaces changed ones, removes gone ones. One
    /// writer at a time per index file, across processes (<see cref="IndexWriteLock"/>).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist (the index is left as it was).</exception>
    /// <exception cref="KnowledgeStoreException">The index is read-only or cannot be opened.</exception>
    /// <exception cref="IndexBusyException">Another run is writing this index and <see cref="ReindexRequest.WaitForLock"/> is false.</exception>
    /// <exception cref="IndexRemovalRefusedException">
    /// The run would remove every document or more than half of them, and <see cref="ReindexRequest.AllowRemoval"/> is false.
    /// </exception>
    public async Task<ReindexReport> ReindexAsync(
        string folder, ReindexRequest request, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(request);
        ThrowIfReadOnly();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var writeLock = await IndexWriteLock.AcquireAsync(_database.Path, request.WaitForLock, _timeProvider, cancellationToken).ConfigureAwait(false);
            var started = _timeProvider.GetTimestamp();
            var hashes = await ReadHashesAsync(cancellationToken).ConfigureAwait(false);
            var plan = await _planner.PlanAsync(folder, hashes, progress, cancellationToken).ConfigureAwait(false);
            foreach (var failure in plan.Failures)
            {
                IndexingLog.FileSkipped(_logger, failure.Path, failure.Reason);
            }

            if (!request.AllowRemoval && IndexRemovalRefusedException.NeedsConfirmation(plan.Removals.Count, hashes.Count))
            {
                throw new IndexRemovalRefusedException(folder, plan.Removals, hashes.Count);
            }

            if (plan.Upserts.Count > 0 || plan.Removals.Count > 0)
            {
                await using var connection = await OpenWriteConnectionAsync(cancellationToken).ConfigureAwait(false);
                await using var writer = await KnowledgeWriter.BeginAsync(connection, _timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                foreach (var id in plan.Removals)
                {
                    await writer.DeleteDocumentAsync(id, cancellationToken).ConfigureAwait(false);
                }

                var total = plan.Upserts.Count;
                progress?.Report(new IndexProgress(IndexPhase.WritingPassages, 0, total, string.Empty));
                for (var i = 0; i < total; i++)
                {
                    var prepared = plan.Upserts[i];
                    await WriteAsync(writer, prepared.Document, prepared.Passages, !prepared.IsNew, cancellationToken).ConfigureAwait(false);
                    progress?.Report(new IndexProgress(IndexPhase.WritingPassages, i + 1, total, prepared.Document.Id));
                }

                progress?.Report(new IndexProgress(IndexPhase.Claims, 0, total, string.Empty));
                for (var i = 0; i < total; i++)
                {
                    var prepared = plan.Upserts[i];
                    await writer.InsertClaimsAsync(prepared.Document, prepared.Passages, cancellationToken).ConfigureAwait(false);
                    progress?.Report(new IndexProgress(IndexPhase.Claims, i + 1, total, prepared.Document.Id));
                }

                progress?.Report(new IndexProgress(IndexPhase.FtsMerge, 0, 0, string.Empty));
                await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
                progress?.Report(new IndexProgress(IndexPhase.FtsMerge, 1, 1, string.Empty));
            }

            var added = plan.Upserts.Count(u => u.IsNew);
            var report = new ReindexReport(
                added,
                plan.Upserts.Count - added,
                plan.Removals.Count,
                plan.Unchanged,
                plan.Upserts.Sum(u => u.Passages.Count),
                plan.Failures,
                _timeProvider.GetElapsedTime(started));
            IndexingLog.Reindexed(
                _logger, folder, report.Added, report.Updated, report.Removed, report.Unchanged, report.Failed, report.Passages,
                (long)report.Duration.TotalMilliseconds);
            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Adds or replaces in-memory documents; see the <see cref="IAsyncEnumerable{T}"/> overload.</summary>
    public Task<ReindexReport> IndexDocumentsAsync(
        IEnumerable<SourceDocument> documents, IProgress<IndexProgress>? progress, CancellationToken cancellationToken) =>
        IndexDocumentsAsync(documents.ToAsyncEnumerable(), progress, cancellationToken);

    /// <summary>
    /// Adds or replaces in-memory documents (e.g. a BEIR corpus) with the same chunking, in one transaction; documents
    /// already indexed with the same <see cref="SourceDocument.ContentHash"/> are left alone. Nothing is removed.
    /// </summary>
    /// <exception cref="IndexBusyException">Another run is writing this index.</exception>
    public async Task<ReindexReport> IndexDocumentsAsync(
        IAsyncEnumerable<SourceDocument> documents, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ThrowIfReadOnly();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var writeLock = await IndexWriteLock.AcquireAsync(_database.Path, wait: false, _timeProvider, cancellationToken).ConfigureAwait(false);
            var started = _timeProvider.GetTimestamp();
            var hashes = await ReadHashesAsync(cancellationToken).ConfigureAwait(false);
            int added = 0, updated = 0, unchanged = 0, passages = 0;
            await using (var connection = await OpenWriteConnectionAsync(cancellationToken).ConfigureAwait(false))
            {
                await using var writer = await KnowledgeWriter.BeginAsync(connection, _timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    var indexed = hashes.TryGetValue(document.Id, out var hash);
                    if (indexed && hash == document.ContentHash)
                    {
                        unchanged++;
                    }
                    else
                    {
                        var chunks = PassageChunker.Chunk(document);
                        await WriteAsync(writer, document, chunks, indexed, cancellationToken).ConfigureAwait(false);
                        await writer.InsertClaimsAsync(document, chunks, cancellationToken).ConfigureAwait(false);
                        hashes[document.Id] = document.ContentHash;
                        passages += chunks.Count;
                        if (indexed)
                        {
                            updated++;
                        }
                        else
                        {
                            added++;
                        }
                    }

                    progress?.Report(new IndexProgress(IndexPhase.WritingPassages, added + updated + unchanged, 0, document.Id));
                }

                progress?.Report(new IndexProgress(IndexPhase.FtsMerge, 0, 0, string.Empty));
                await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            var elapsed = _timeProvider.GetElapsedTime(started);
            IndexingLog.DocumentsIndexed(_logger, added, updated, unchanged, passages, (long)elapsed.TotalMilliseconds);
            return new ReindexReport(added, updated, 0, unchanged, passages, [], elapsed);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private void ThrowIfReadOnly()
    {
        if (_options.ReadOnly)
        {
            throw new KnowledgeStoreException(
                $"the index '{_database.Path}' is opened read-only (Knowledge:ReadOnly); it is built by 'vendorbot index' elsewhere");
        }
    }

    private async Task WriteAsync(
        KnowledgeWriter writer, SourceDocument document, IReadOnlyList<Passage> passages, bool replaces, CancellationToken cancellationToken)
    {
        if (_beforeWrite is not null)
        {
            await _beforeWrite(document, cancellationToken).ConfigureAwait(false);
        }

        if (replaces)
        {
            await writer.DeleteDocumentAsync(document.Id, cancellationToken).ConfigureAwait(false);
        }

        await writer.InsertDocumentAsync(document, passages, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenWriteConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        // NORMAL is durable enough in WAL mode (a power cut may lose the last commit, never corrupt) and much faster.
        // A 64 MB page cache keeps a big transaction from spilling pages to the WAL before it commits.
        command.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private async Task<Dictionary<string, string>> ReadHashesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = StorageSql.SelectHashes;
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hashes[reader.GetString(0)] = reader.GetString(1);
        }

        return hashes;
    }
}
