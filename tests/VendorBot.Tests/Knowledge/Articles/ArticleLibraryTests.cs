using Microsoft.Extensions.Logging.Abstractions;
using VendorBot.Knowledge.Articles;
using VendorBot.Knowledge.Indexing;
using VendorBot.Knowledge.Loading;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Tests.Knowledge.Articles;

public sealed class ArticleLibraryTests : IAsyncLifetime
{
    private ArticleWebServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await ArticleWebServer.StartAsync();
        _server.MapContent("/tech/norvatel", "text/html; charset=utf-8", ArticlePages.News);
        _server.MapContent("/notes/quenta", "text/html", ArticlePages.Blog);
        _server.MapContent("/", "text/html", ArticlePages.HomePage);
        _server.MapContent("/audit.pdf", "application/pdf", ArticleExtractionTests.Pdf("Audit of Norvatel firmware", "The audit found a maintenance account in Norvatel firmware."));
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AnAddedLinkIsWrittenAsMarkdownIndexedAtOnceAndReported()
    {
        using var harness = new ArticleLibraryHarness();
        harness.Folder.Write("seed.md", "---\ntitle: Seed\nvendors: [Norvatel]\n---\nNorvatel makes radio equipment for operators.\n");
        await harness.Indexer.ReindexAsync(null, TestContext.Current.CancellationToken);

        var outcome = await harness.Library.AddFromUrlAsync(_server.Url("/tech/norvatel"), "cli", TestContext.Current.CancellationToken);

        outcome.Added.ShouldBeTrue();
        outcome.Document.Id.ShouldBe("articles/ministry-finds-hidden-account-in-norvatel-base-stations.md");
        outcome.Document.Title.ShouldBe("Ministry finds hidden account in Norvatel base stations");
        outcome.Document.Publisher.ShouldBe("Example Times");
        outcome.Document.Published.ShouldBe("2024-03-18");
        outcome.Document.Vendors.ShouldBe(["Norvatel"]);
        outcome.Document.Passages.ShouldBeGreaterThan(0);
        outcome.Document.Url.ShouldBe("https://www.example-times.test/tech/2024/03/18/norvatel-hidden-account?utm_source=rss");
        var passage = await new KnowledgeCatalog(harness.Database).GetPassageAsync(outcome.Document.Id + "#0", TestContext.Current.CancellationToken);
        passage!.Text.ShouldContain("undocumented maintenance account");
    }

    [Fact]
    public async Task AFreshIndexOfTheFolderReproducesTheAddedDocument()
    {
        using var harness = new ArticleLibraryHarness();
        var added = await harness.Library.AddFromUrlAsync(_server.Url("/notes/quenta"), "cli", TestContext.Current.CancellationToken);

        using var rebuilt = new TestFolder();
        var database = new KnowledgeDatabase(Microsoft.Extensions.Options.Options.Create(new VendorBot.Knowledge.KnowledgeOptions
        {
            DatabasePath = rebuilt.DatabasePath, DocumentsPath = harness.Folder.Documents,
        }));
        using (database)
        {
            using var indexer = new KnowledgeIndexer(
                database, Microsoft.Extensions.Options.Options.Create(new VendorBot.Knowledge.KnowledgeOptions { DatabasePath = rebuilt.DatabasePath, DocumentsPath = harness.Folder.Documents }),
                TimeProvider.System, NullLogger<KnowledgeIndexer>.Instance);
            await indexer.ReindexAsync(null, TestContext.Current.CancellationToken);
            var again = (await new ArticleLibrary(
                harness.Fetcher, indexer, database, new KnowledgeCatalog(database),
                Microsoft.Extensions.Options.Options.Create(new VendorBot.Knowledge.KnowledgeOptions { DatabasePath = rebuilt.DatabasePath, DocumentsPath = harness.Folder.Documents }),
                Microsoft.Extensions.Options.Options.Create(harness.Options), TimeProvider.System, NullLogger<ArticleLibrary>.Instance)
                .FindAsync(added.Document.Id, TestContext.Current.CancellationToken))!;

            again.Title.ShouldBe("Quenta opens its update server code");
            again.Vendors.ShouldBe(["Quenta Systems"]);
            again.Publisher.ShouldBe("Network Notes");
            again.Published.ShouldBe("2024-05"); // the page gives only the month: a fresh index keeps it so
            again.Passages.ShouldBe(added.Document.Passages);
        }
    }

    [Fact]
    public async Task TheSameArticleUnderATrackingLinkOrAnotherAddressIsReportedNotDuplicated()
    {
        using var harness = new ArticleLibraryHarness();
        _server.MapContent("/mirror/norvatel", "text/html", ArticlePages.News.Replace("<link rel=\"canonical\"", "<link rel=\"x\"", StringComparison.Ordinal)
            .Replace("og:url", "og:x", StringComparison.Ordinal).Replace("mainEntityOfPage", "x", StringComparison.Ordinal));

        var first = await harness.Library.AddFromUrlAsync(_server.Url("/tech/norvatel"), "cli", TestContext.Current.CancellationToken);
        var again = await harness.Library.AddFromUrlAsync(_server.Url("/tech/norvatel?utm_medium=social"), "cli", TestContext.Current.CancellationToken);
        var mirrored = await harness.Library.AddFromUrlAsync(_server.Url("/mirror/norvatel"), "cli", TestContext.Current.CancellationToken);

        again.Added.ShouldBeFalse();
        again.Duplicate.ShouldBe("the same link");
        again.Document.Id.ShouldBe(first.Document.Id);
        mirrored.Duplicate.ShouldBe("the same text");
        mirrored.Document.Id.ShouldBe(first.Document.Id);
        harness.ArticleFiles().Length.ShouldBe(1);
    }

    [Fact]
    public async Task TwoArticlesWithTheSameTitleGetTwoFiles()
    {
        using var harness = new ArticleLibraryHarness();
        _server.MapContent("/other", "text/html", ArticlePages.Blog.Replace("source code", "full source code", StringComparison.Ordinal));

        await harness.Library.AddFromUrlAsync(_server.Url("/notes/quenta"), "cli", TestContext.Current.CancellationToken);
        await harness.Library.AddFromUrlAsync(_server.Url("/other"), "cli", TestContext.Current.CancellationToken);

        harness.ArticleFiles().ShouldBe(["quenta-opens-its-update-server-code-2.md", "quenta-opens-its-update-server-code.md"]);
    }

    [Fact]
    public async Task APdfLinkFollowedThroughARedirectChainIsAdded()
    {
        using var harness = new ArticleLibraryHarness();
        _server.MapRedirect("/r1", "/r2");
        _server.MapRedirect("/r2", "/audit.pdf", 301);

        var outcome = await harness.Library.AddFromUrlAsync(_server.Url("/r1"), "cli", TestContext.Current.CancellationToken);

        outcome.Document.Title.ShouldBe("Audit of Norvatel firmware");
        outcome.Document.Url.ShouldBe(_server.Url("/audit.pdf").AbsoluteUri);
        outcome.Document.Published.ShouldBe("2024-04-02");
    }

    [Fact]
    public async Task APageWithoutAnArticleIsRefusedAndNothingIsWritten()
    {
        using var harness = new ArticleLibraryHarness();

        await Should.ThrowAsync<DocumentLoadException>(() => harness.Library.AddFromUrlAsync(_server.Url("/"), "cli", TestContext.Current.CancellationToken));

        harness.ArticleFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task AnUploadedAttachmentIsAddedByItsFileNameFromAnAttachmentHost()
    {
        using var harness = new ArticleLibraryHarness();
        _server.MapContent("/attachments/1/2/statement.txt", "text/plain; charset=utf-8",
            "Norvatel said on Tuesday that it had removed the maintenance account from all supported firmware and invited the ministry to inspect the change.");

        var outcome = await harness.Library.AddFromAttachmentAsync(
            _server.Url("/attachments/1/2/statement.txt"), "statement.txt", "discord:42", TestContext.Current.CancellationToken);

        outcome.Document.Title.ShouldBe("statement");
        outcome.Document.Passages.ShouldBe(1);
    }

    [Fact]
    public async Task ALocalFileOfAnUnsupportedKindOrOverTheSizeLimitIsRefused()
    {
        using var harness = new ArticleLibraryHarness();
        var exe = harness.Folder.Write("../tool.exe", [1, 2, 3]);

        (await Should.ThrowAsync<DocumentLoadException>(() => harness.Library.AddFromFileAsync(exe, "cli", TestContext.Current.CancellationToken)))
            .Message.ShouldContain("not a kind of file");
        (await Should.ThrowAsync<DocumentLoadException>(() => harness.Library.AddFromFileAsync(
            Path.Combine(harness.Folder.Root, "missing.md"), "cli", TestContext.Current.CancellationToken))).Message.ShouldContain("does not exist");
    }

    [Fact]
    public async Task ALocalHtmlFileIsAdded()
    {
        using var harness = new ArticleLibraryHarness();
        var path = Path.Combine(harness.Folder.Root, "saved-page.html");
        await File.WriteAllTextAsync(path, ArticlePages.News, TestContext.Current.CancellationToken);

        var outcome = await harness.Library.AddFromFileAsync(path, "cli", TestContext.Current.CancellationToken);

        outcome.Document.Title.ShouldBe("Ministry finds hidden account in Norvatel base stations");
        outcome.Document.Url.ShouldStartWith("https://www.example-times.test/");
    }

    [Fact]
    public async Task ARemovedDocumentLeavesTheFolderAndTheIndex()
    {
        using var harness = new ArticleLibraryHarness();
        var added = await harness.Library.AddFromUrlAsync(_server.Url("/notes/quenta"), "cli", TestContext.Current.CancellationToken);

        var removed = await harness.Library.RemoveAsync(added.Document.Id, "cli", TestContext.Current.CancellationToken);

        removed!.Id.ShouldBe(added.Document.Id);
        harness.ArticleFiles().ShouldBeEmpty();
        (await harness.Library.FindAsync(added.Document.Id, TestContext.Current.CancellationToken)).ShouldBeNull();
        (await harness.Library.RemoveAsync(added.Document.Id, "cli", TestContext.Current.CancellationToken)).ShouldBeNull();
    }

    [Fact]
    public async Task DocumentsAreListedByVendor()
    {
        using var harness = new ArticleLibraryHarness();
        await harness.Library.AddFromUrlAsync(_server.Url("/tech/norvatel"), "cli", TestContext.Current.CancellationToken);
        await harness.Library.AddFromUrlAsync(_server.Url("/notes/quenta"), "cli", TestContext.Current.CancellationToken);

        (await harness.Library.ListAsync(null, TestContext.Current.CancellationToken)).Count.ShouldBe(2);
        (await harness.Library.ListAsync("quenta systems", TestContext.Current.CancellationToken)).Single().Title.ShouldBe("Quenta opens its update server code");
    }

    [Fact]
    public async Task AReadOnlyIndexRefusesAnAddBeforeAnythingIsFetchedOrWritten()
    {
        using var harness = new ArticleLibraryHarness();
        var readOnly = harness.Folder.Options();
        readOnly.ReadOnly = true;
        using var library = new ArticleLibrary(
            harness.Fetcher, harness.Indexer, harness.Database, new KnowledgeCatalog(harness.Database),
            Microsoft.Extensions.Options.Options.Create(readOnly), Microsoft.Extensions.Options.Options.Create(harness.Options),
            TimeProvider.System, NullLogger<ArticleLibrary>.Instance);

        await Should.ThrowAsync<VendorBot.Knowledge.KnowledgeStoreException>(
            () => library.AddFromUrlAsync(_server.Url("/tech/norvatel"), "cli", TestContext.Current.CancellationToken));

        _server.Requests.ShouldBeEmpty();
        harness.ArticleFiles().ShouldBeEmpty();
    }
}
