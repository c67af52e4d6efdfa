using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Knowledge.Articles;
using VendorBot.Knowledge.Indexing;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Tests.Knowledge.Articles;

/// <summary>A library over a temp documents folder and index, fetching from loopback (127.0.0.1 allowed explicitly).</summary>
internal sealed class ArticleLibraryHarness : IDisposable
{
    public ArticleLibraryHarness(DocumentsOptions? options = null, IHostResolver? resolver = null)
    {
        Options = options ?? FetcherFactory.Options(true, "127.0.0.1");
        Options.Vendors.Add("Quenta Systems");
        Database = Folder.Database();
        Indexer = Folder.Indexer(Database);
        Fetcher = FetcherFactory.Create(Options, resolver ?? new FixedResolver(new Dictionary<string, IPAddress[]>()));
        Library = new ArticleLibrary(
            Fetcher, Indexer, Database, new KnowledgeCatalog(Database),
            Microsoft.Extensions.Options.Options.Create(Folder.Options()),
            Microsoft.Extensions.Options.Options.Create(Options),
            new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture)),
            NullLogger<ArticleLibrary>.Instance);
    }

    public TestFolder Folder { get; } = new();

    public DocumentsOptions Options { get; }

    public KnowledgeDatabase Database { get; }

    public KnowledgeIndexer Indexer { get; }

    public WebFetcher Fetcher { get; }

    public ArticleLibrary Library { get; }

    public string[] ArticleFiles() =>
        Directory.Exists(Library.ArticlesFolder) ? [.. Directory.GetFiles(Library.ArticlesFolder).Select(Path.GetFileName).Order()!] : [];

    public void Dispose()
    {
        Library.Dispose();
        Fetcher.Dispose();
        Indexer.Dispose();
        Database.Dispose();
        Folder.Dispose();
    }
}
