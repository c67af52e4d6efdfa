using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Indexing;
using VendorBot.Knowledge.Search;
using VendorBot.Knowledge.Search.Evaluation;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Bench;

/// <summary>VendorBot's own search (<see cref="PassageSearch"/>) over the index built by the knowledge pipeline; passages aggregated by MaxP.</summary>
internal sealed class VendorBotSystem : IRetrievalSystem
{
    private readonly ScratchIndexPool _scratch = new();
    private readonly PassageSearch _search;
    private readonly KnowledgeIndexer _indexer;

    public VendorBotSystem(string databasePath, SearchOptions options)
    {
        var knowledge = Options.Create(new KnowledgeOptions { DatabasePath = databasePath });
        Database = new KnowledgeDatabase(knowledge);
        _indexer = new KnowledgeIndexer(Database, knowledge, TimeProvider.System, NullLogger<KnowledgeIndexer>.Instance);
        _search = new PassageSearch(Database, _scratch, new DocumentFrequencyCache(), new PassageTermCache(), Options.Create(options), NullLogger<PassageSearch>.Instance);
    }

    public string Name => "VendorBot";

    /// <summary>The index database (the raw FTS5 floor reads the same file).</summary>
    public KnowledgeDatabase Database { get; }

    public async Task BuildAsync(IReadOnlyList<BeirDocument> documents, CancellationToken cancellationToken) =>
        await IndexAsync(documents.Select(document => document.ToSourceDocument()).ToAsyncEnumerable(), cancellationToken).ConfigureAwait(false);

    /// <summary>Indexes documents with the knowledge pipeline (chunking, one transaction); returns the passages written.</summary>
    public async Task<int> IndexAsync(IAsyncEnumerable<SourceDocument> documents, CancellationToken cancellationToken) =>
        (await _indexer.IndexDocumentsAsync(documents, null, cancellationToken).ConfigureAwait(false)).Passages;

    public async Task<IReadOnlyList<RankedDocument>> SearchAsync(string text, int top, CancellationToken cancellationToken)
    {
        var hits = await _search.SearchAsync(new SearchQuery(text, Math.Min(top * BeirLimits.PassagesPerDocument, KnowledgeLimits.MaxTop)), cancellationToken).ConfigureAwait(false);
        return DocumentRanking.FromPassages(hits.Select(hit => new RankedDocument(hit.Document.Id, hit.Score)), top);
    }

    public ValueTask DisposeAsync()
    {
        _scratch.Dispose();
        _indexer.Dispose();
        Database.Dispose();
        return ValueTask.CompletedTask;
    }
}
