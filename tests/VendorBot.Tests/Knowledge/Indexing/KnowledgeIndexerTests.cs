using Microsoft.Extensions.Logging.Abstractions;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Indexing;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Tests.Knowledge.Indexing;

public sealed class KnowledgeIndexerTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly KnowledgeDatabase _database;

    public KnowledgeIndexerTests() => _database = _folder.Database();

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheFirstRunAddsEveryDocumentWithItsPassagesVendorsAndSearchRows()
    {
        _folder.Write("a.md", "---\ntitle: Alpha\nvendors: [Huawei, ZTE]\n---\nHuawei denied the zebra allegations.");
        _folder.Write("b.txt", "Officials found no giraffe evidence.");
        using var indexer = _folder.Indexer(_database);

        var report = await indexer.ReindexAsync(_folder.Documents, progress: null, Token);

        (report.Added, report.Updated, report.Removed, report.Unchanged, report.Failed).ShouldBe((2, 0, 0, 0, 0));
        report.Passages.ShouldBe(2);
        (await IndexProbe.MatchCountAsync(_database, "zebra")).ShouldBe(1);
        (await IndexProbe.MatchCountAsync(_database, "giraffe")).ShouldBe(1);
        (await IndexProbe.MatchCountAsync(_database, "title:alpha")).ShouldBe(1);
        (await IndexProbe.CountAsync(_database, "document_vendors")).ShouldBe(2);
        await IndexProbe.AssertFtsInSyncAsync(_database);
    }

    [Fact]
    public async Task ASecondRunWithoutChangesTouchesNothing()
    {
        _folder.Write("a.md", "Huawei denied it.");
        using var indexer = _folder.Indexer(_database);
        await indexer.ReindexAsync(_folder.Documents, null, Token);
        var written = new List<string>();
        using var watched = _folder.Indexer(_database, (document, _) =>
        {
            written.Add(document.Id);
            return Task.CompletedTask;
        });

        var report = await watched.ReindexAsync(_folder.Documents, null, Token);

        (report.Added, report.Updated, report.Removed, report.Unchanged).ShouldBe((0, 0, 0, 1));
        report.Changed.ShouldBeFalse();
        written.ShouldBeEmpty();
    }

    [Fact]
    public async Task ChangingAddingAndRemovingFilesUpdatesOnlyThoseDocuments()
    {
        _folder.Write("keep.md", "The kept walrus stays.");
        _folder.Write("change.md", "The old pelican text.");
        _folder.Write("remove.md", "---\nvendors: [Cisco]\n---\nThe removed narwhal text.");
        using var indexer = _folder.Indexer(_database);
        await indexer.ReindexAsync(_folder.Documents, null, Token);
        var keptHash = (await IndexProbe.HashesAsync(_database))["keep.md"];
        _folder.Write("change.md", "The new flamingo text.");
        _folder.Write("add.md", "The added octopus text.");
        _folder.Delete("remove.md");

        var report = await indexer.ReindexAsync(_folder.Documents, null, Token);

        (report.Added, report.Updated, report.Removed, report.Unchanged).ShouldBe((1, 1, 1, 1));
        (await IndexProbe.MatchCountAsync(_database, "pelican")).ShouldBe(0);
        (await IndexProbe.MatchCountAsync(_database, "flamingo")).ShouldBe(1);
        (await IndexProbe.MatchCountAsync(_database, "octopus")).ShouldBe(1);
        (await IndexProbe.MatchCountAsync(_database, "narwhal")).ShouldBe(0);
        (await IndexProbe.MatchCountAsync(_database, "walrus")).ShouldBe(1);
        (await IndexProbe.HashesAsync(_database))["keep.md"].ShouldBe(keptHash);
        (await IndexProbe.CountAsync(_database, "document_vendors")).ShouldBe(0);
        await IndexProbe.AssertFtsInSyncAsync(_database);
    }

    [Fact]
    public async Task BrokenFilesAreReportedWithTheirReasonsAndTheRestIsIndexed()
    {
        _folder.Write("good.md", "Good document.");
        _folder.Write("empty.md", "");
        _folder.Write("bad-front-matter.md", "---\ntitle: \"open\n---\nBody.");
        _folder.Write("garbage.pdf", [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]);
        _folder.Write("notes.docx", "ignored, not a failure");
        using var indexer = _folder.Indexer(_database);

        var report = await indexer.ReindexAsync(_folder.Documents, null, Token);

        report.Added.ShouldBe(1);
        report.Failures.Select(f => f.Path).ShouldBe(["bad-front-matter.md", "empty.md", "garbage.pdf"]);
        report.Failures.ShouldAllBe(f => f.Reason.Length > 0);
        (await IndexProbe.CountAsync(_database, "documents")).ShouldBe(1);
    }

    [Fact]
    public async Task AFileThatBreaksKeepsItsPreviouslyIndexedVersion()
    {
        _folder.Write("a.md", "The original heron text.");
        using var indexer = _folder.Indexer(_database);
        await indexer.ReindexAsync(_folder.Documents, null, Token);
        _folder.Write("a.md", "---\nbroken");

        var report = await indexer.ReindexAsync(_folder.Documents, null, Token);

        report.Failed.ShouldBe(1);
        report.Removed.ShouldBe(0);
        (await IndexProbe.MatchCountAsync(_database, "heron")).ShouldBe(1);
    }

    [Fact]
    public async Task AFaultMidReindexLeavesThePreviousIndexCompleteAndSearchable()
    {
        _folder.Write("a.md", "First lemur text.");
        _folder.Write("b.md", "Second tapir text.");
        using var indexer = _folder.Indexer(_database);
        await indexer.ReindexAsync(_folder.Documents, null, Token);
        var hashesBefore = await IndexProbe.HashesAsync(_database);
        _folder.Write("a.md", "First changed badger text.");
        _folder.Write("b.md", "Second changed otter text.");
        _folder.Write("c.md", "Third new mole text.");
        _folder.Delete("a.md");
        var seen = 0;
        using var faulty = _folder.Indexer(_database, (_, _) =>
            ++seen == 2 ? throw new InvalidOperationException("injected fault") : Task.CompletedTask);

        await Should.ThrowAsync<InvalidOperationException>(() => faulty.ReindexAsync(_folder.Documents, null, Token));

        (await IndexProbe.HashesAsync(_database)).ShouldBe(hashesBefore);
        (await IndexProbe.MatchCountAsync(_database, "lemur")).ShouldBe(1);
        (await IndexProbe.MatchCountAsync(_database, "tapir")).ShouldBe(1);
        (await IndexProbe.MatchCountAsync(_database, "otter OR mole OR badger")).ShouldBe(0);
        await IndexProbe.AssertFtsInSyncAsync(_database);
        var retry = await indexer.ReindexAsync(_folder.Documents, null, Token);
        (retry.Added, retry.Updated, retry.Removed).ShouldBe((1, 1, 1));
    }

    [Fact]
    public async Task CancellingMidWriteLeavesThePreviousIndex()
    {
        _folder.Write("a.md", "Original quokka text.");
        using var indexer = _folder.Indexer(_database);
        await indexer.ReindexAsync(_folder.Documents, null, Token);
        _folder.Write("a.md", "Replacement wombat text.");
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        using var cancelling = _folder.Indexer(_database, async (_, _) => await cancellation.CancelAsync());

        await Should.ThrowAsync<OperationCanceledException>(() => cancelling.ReindexAsync(_folder.Documents, null, cancellation.Token));

        (await IndexProbe.MatchCountAsync(_database, "quokka")).ShouldBe(1);
        (await IndexProbe.MatchCountAsync(_database, "wombat")).ShouldBe(0);
    }

    [Fact]
    public async Task AMissingFolderFailsClearlyAndLeavesTheIndex()
    {
        _folder.Write("a.md", "Kept ibis text.");
        using var indexer = _folder.Indexer(_database);
        await indexer.ReindexAsync(_folder.Documents, null, Token);

        await Should.ThrowAsync<DirectoryNotFoundException>(() => indexer.ReindexAsync(Path.Combine(_folder.Root, "missing"), null, Token));

        (await IndexProbe.MatchCountAsync(_database, "ibis")).ShouldBe(1);
    }

    [Fact]
    public async Task ProgressIsReportedForEveryFileInEachPhaseUpToTheFtsMerge()
    {
        _folder.Write("a.md", "One.");
        _folder.Write("b.md", "Two.");
        var reports = new List<IndexProgress>();
        using var indexer = _folder.Indexer(_database);

        await indexer.ReindexAsync(_folder.Documents, new SynchronousProgress(reports.Add), Token);

        reports.Select(r => (r.Phase, r.Processed, r.Total, r.Current)).ShouldBe(
        [
            (IndexPhase.Reading, 1, 2, "a.md"), (IndexPhase.Reading, 2, 2, "b.md"),
            (IndexPhase.WritingPassages, 0, 2, ""), (IndexPhase.WritingPassages, 1, 2, "a.md"), (IndexPhase.WritingPassages, 2, 2, "b.md"),
            (IndexPhase.Claims, 0, 2, ""), (IndexPhase.Claims, 1, 2, "a.md"), (IndexPhase.Claims, 2, 2, "b.md"),
            (IndexPhase.FtsMerge, 0, 0, ""), (IndexPhase.FtsMerge, 1, 1, ""),
        ]);
    }

    [Fact]
    public async Task TheSeedArticleIsIndexedWithItsMetadata()
    {
        _folder.Write(SeedArticle.FileName, File.ReadAllBytes(SeedArticle.FilePath()));
        using var indexer = _folder.Indexer(_database);

        await indexer.ReindexAsync(_folder.Documents, null, Token);

        var catalog = new KnowledgeCatalog(_database);
        var document = await catalog.GetDocumentAsync(SeedArticle.FileName, Token);
        document.ShouldNotBeNull().Publisher.ShouldBe("Engadget (via WSJ)");
        (await IndexProbe.MatchCountAsync(_database, "heading_path:lousy")).ShouldBeGreaterThan(0);
        (await IndexProbe.MatchCountAsync(_database, "Suzhou")).ShouldBe(1);
        var slices = await IndexProbe.StoredPassageSlicesAsync(_database);
        slices.Count.ShouldBeGreaterThan(1);
        slices.ShouldAllBe(row => row.Body == row.Slice);
    }

    [Fact]
    public async Task AReadOnlyIndexRefusesToReindexWithAClearMessage()
    {
        _folder.Write("a.md", "Text.");
        using (var indexer = _folder.Indexer(_database))
        {
            await indexer.ReindexAsync(_folder.Documents, null, Token);
        }

        var options = _folder.Options();
        options.ReadOnly = true;
        using var readOnlyDatabase = new KnowledgeDatabase(Microsoft.Extensions.Options.Options.Create(options));
        using var readOnly = new KnowledgeIndexer(
            readOnlyDatabase, Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System, NullLogger<KnowledgeIndexer>.Instance);

        var exception = await Should.ThrowAsync<KnowledgeStoreException>(() => readOnly.ReindexAsync(_folder.Documents, null, Token));

        exception.Message.ShouldContain("read-only");
    }

    private sealed class SynchronousProgress(Action<IndexProgress> report)
        : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }
}
