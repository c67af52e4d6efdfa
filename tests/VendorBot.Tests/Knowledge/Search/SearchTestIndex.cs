using Microsoft.Extensions.Logging.Abstractions;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Search;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Tests.Knowledge.Search;

/// <summary>A real index in a unique temp folder, built with the knowledge indexer, plus a search over it.</summary>
internal sealed class SearchTestIndex : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly ScratchIndexPool _scratch = new();

    private SearchTestIndex() => Database = _folder.Database();

    public KnowledgeDatabase Database { get; }

    public string DatabasePath => _folder.DatabasePath;

    public static async Task<SearchTestIndex> CreateAsync(params SourceDocument[] documents)
    {
        var index = new SearchTestIndex();
        using var indexer = index._folder.Indexer(index.Database);
        await indexer.IndexDocumentsAsync(documents, null, TestContext.Current.CancellationToken);
        return index;
    }

    /// <summary>Adds or replaces documents in the index, as a reindex would.</summary>
    public async Task IndexAsync(params SourceDocument[] documents)
    {
        using var indexer = _folder.Indexer(Database);
        await indexer.IndexDocumentsAsync(documents, null, TestContext.Current.CancellationToken);
    }

    public static SourceDocument Document(
        string id, string title, string text, IReadOnlyList<string>? vendors = null, string? publisher = "A publisher", DateOnly? published = null) =>
        new(id, title, publisher, $"https://example.test/{id}", published ?? new DateOnly(2021, 5, 3), vendors ?? [], [], $"hash-{id}-{text.Length}", text);

    public IPassageSearch Search(SearchOptions? options = null) => new PassageSearch(
        Database, _scratch, new DocumentFrequencyCache(), new PassageTermCache(), Microsoft.Extensions.Options.Options.Create(options ?? new SearchOptions()), NullLogger<PassageSearch>.Instance);

    public void Dispose()
    {
        _scratch.Dispose();
        Database.Dispose();
        _folder.Dispose();
    }
}
