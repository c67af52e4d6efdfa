using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Search;
using VendorBot.Knowledge.Search.Evaluation;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Bench;

/// <summary>VendorBot's own search (<see cref="PassageSearch"/>) over the index built by the knowledge pipeline; passages aggregated by MaxP.</summary>
internal sealed class VendorBotSystem : IRetrievalSystem
{
    private readonly ScratchIndexPool _scratch = new();
    private readonly PassageSearch _search;

    public VendorBotSystem(string databasePath, SearchOptions options)
    {
        Database = new KnowledgeDatabase(Options.Create(new KnowledgeOptions { DatabasePath = databasePath }));
        _search = new PassageSearch(Database, _scratch, new DocumentFrequencyCache(), Options.Create(options), NullLogger<PassageSearch>.Instance);
    }

    public string Name => "VendorBot";

    /// <summary>The index database (the raw FTS5 floor reads the same file).</summary>
    public KnowledgeDatabase Database { get; }

    public async Task BuildAsync(IReadOnlyList<BeirDocument> documents, CancellationToken cancellationToken) =>
        await SchemaIndexWriter.WriteDocumentsAsync(Database, documents.Select(BeirDocuments.ToSource), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<RankedDocument>> SearchAsync(string text, int top, CancellationToken cancellationToken)
    {
        var hits = await _search.SearchAsync(new SearchQuery(text, Math.Min(top * BeirDocuments.PassagesPerDocument, KnowledgeLimits.MaxTop)), cancellationToken).ConfigureAwait(false);
        return DocumentRanking.FromPassages(hits.Select(hit => new RankedDocument(hit.Document.Id, hit.Score)), top);
    }

    public ValueTask DisposeAsync()
    {
        _scratch.Dispose();
        Database.Dispose();
        return ValueTask.CompletedTask;
    }
}
