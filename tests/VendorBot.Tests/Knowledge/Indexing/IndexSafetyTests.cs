using System.Diagnostics;
using System.Net.Sockets;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Indexing;
using VendorBot.Knowledge.Loading;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Tests.Knowledge.Indexing;

/// <summary>What an index run must never do: hang on a pipe, wipe the index by mistake, or write alongside another run.</summary>
public sealed class IndexSafetyTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private readonly TestFolder _folder = new();
    private readonly KnowledgeDatabase _database;

    public IndexSafetyTests() => _database = _folder.Database();

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ANamedPipeCalledLikeADocumentIsSkippedWithItsReasonInsteadOfHangingTheRun()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "named pipes as files are a Unix thing; the statx check is Linux's");
        _folder.Write("good.md", "Huawei denied it.");
        MakeFifo(Path.Combine(_folder.Documents, "x.md"));
        using var indexer = _folder.Indexer(_database);

        var report = await indexer.ReindexAsync(_folder.Documents, null, Token).WaitAsync(Bound, Token);

        report.Added.ShouldBe(1);
        report.Failures.ShouldBe([new IndexFailure("x.md", "a named pipe (FIFO), not a regular file; not read")]);
    }

    [Fact]
    public async Task ASocketCalledLikeADocumentIsSkippedWithItsReason()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "the statx check is Linux's");
        _folder.Write("good.md", "Huawei denied it.");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(_folder.Documents, "s.md")));
        using var indexer = _folder.Indexer(_database);

        var report = await indexer.ReindexAsync(_folder.Documents, null, Token).WaitAsync(Bound, Token);

        report.Failures.ShouldBe([new IndexFailure("s.md", "a socket, not a regular file; not read")]);
    }

    [Fact]
    public async Task OpeningAFileIsBoundedSoAPipeTheTypeCheckMissedIsGivenUp()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "named pipes");
        var fifo = Path.Combine(_folder.Documents, "late.md");
        MakeFifo(fifo);
        var loader = new DocumentLoader(KnowledgeLimits.DefaultMaxFileBytes, TimeSpan.FromMilliseconds(200));

        var exception = await Should.ThrowAsync<DocumentLoadException>(
            () => loader.ReadAsync(new DocumentFile("late.md", fifo), Token).WaitAsync(Bound, Token));

        exception.Message.ShouldBe("could not be opened within 0.2 s (a pipe, a device or an unreachable drive?); not read");
        await using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write); // lets the abandoned open finish and close
    }

    [Fact]
    public async Task ARunOverAnEmptyFolderRefusesToRemoveEveryDocumentAndChangesNothing()
    {
        _folder.Write("a.md", "Huawei denied it.");
        _folder.Write("b.md", "ZTE confirmed it.");
        using var indexer = _folder.Indexer(_database);
        await indexer.ReindexAsync(_folder.Documents, null, Token);
        var empty = Directory.CreateDirectory(Path.Combine(_folder.Root, "empty")).FullName;

        var refused = await Should.ThrowAsync<IndexRemovalRefusedException>(() => indexer.ReindexAsync(empty, null, Token));

        refused.Message.ShouldBe($"refusing to remove all 2 indexed documents: their files are not in '{empty}' (a.md, b.md); nothing was changed");
        (await new KnowledgeCatalog(_database).CountDocumentsAsync(Token)).ShouldBe(2);
    }

    [Fact]
    public async Task RemovingMoreThanHalfNeedsConfirmationButHalfOrLessDoesNot()
    {
        foreach (var name in new[] { "a.md", "b.md", "c.md", "d.md" })
        {
            _folder.Write(name, $"Document {name} about Huawei.");
        }

        using var indexer = _folder.Indexer(_database);
        await indexer.ReindexAsync(_folder.Documents, null, Token);
        _folder.Delete("a.md");
        _folder.Delete("b.md");
        (await indexer.ReindexAsync(_folder.Documents, null, Token)).Removed.ShouldBe(2);
        _folder.Delete("c.md");
        _folder.Delete("d.md");
        _folder.Write("e.md", "A new document about ZTE.");

        var refused = await Should.ThrowAsync<IndexRemovalRefusedException>(() => indexer.ReindexAsync(_folder.Documents, null, Token));
        refused.Message.ShouldContain("refusing to remove all 2 indexed documents");
        var confirmed = await indexer.ReindexAsync(_folder.Documents, new ReindexRequest { AllowRemoval = true }, null, Token);

        confirmed.Removed.ShouldBe(2);
        (await new KnowledgeCatalog(_database).CountDocumentsAsync(Token)).ShouldBe(1);
    }

    [Fact]
    public async Task ASecondWriterIsRefusedWithTheHoldersPidAndStartTimeWhileTheFirstHoldsTheLock()
    {
        _folder.Write("a.md", "Huawei denied it.");
        using var database = _folder.Database();
        using var first = _folder.Indexer(_database);
        using var second = _folder.Indexer(database);
        using var holder = await IndexWriteLock.AcquireAsync(_database.Path, wait: false, TimeProvider.System, Token);

        var busy = await Should.ThrowAsync<IndexBusyException>(() => second.ReindexAsync(_folder.Documents, null, Token));

        busy.Message.ShouldStartWith($"another index run is writing '{_database.Path}' (pid {Environment.ProcessId}, started ");
        busy.Message.ShouldEndWith("UTC); wait for it to finish, or run again with --wait");
        holder.Dispose();
        (await second.ReindexAsync(_folder.Documents, null, Token)).Added.ShouldBe(1);
    }

    [Fact]
    public async Task WithWaitTheSecondWriterRunsOnceTheFirstReleasesTheLock()
    {
        _folder.Write("a.md", "Huawei denied it.");
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var holder = await IndexWriteLock.AcquireAsync(_database.Path, wait: false, time, Token);

        var waiting = IndexWriteLock.AcquireAsync(_database.Path, wait: true, time, Token);
        time.Advance(TimeSpan.FromSeconds(1));
        waiting.IsCompleted.ShouldBeFalse();
        holder.Dispose();
        time.Advance(TimeSpan.FromSeconds(1));

        using var acquired = await waiting.WaitAsync(Bound, Token);
        File.ReadAllText(_database.Path + ".writer").ShouldStartWith($"pid {Environment.ProcessId}");
    }

    [Fact]
    public async Task ASubfolderThatCannotBeListedIsSkippedWithItsReasonAndItsDocumentsAreKept()
    {
        // We run as root, so permissions cannot make listing fail: the scanner's listing seam fails for one folder the
        // way an unreachable mount or a folder deleted mid-scan does.
        _folder.Write("a.md", "Huawei denied it.");
        _folder.Write("sub/b.md", "ZTE confirmed it.");
        _folder.Write("sub/c.md", "Officials investigated.");
        using var indexer = _folder.Indexer(_database);
        await indexer.ReindexAsync(_folder.Documents, null, Token);

        var scan = DocumentFolderScanner.Scan(_folder.Documents, _ => true, directory => directory.Name == "sub"
            ? throw new IOException("Input/output error")
            : directory.EnumerateFileSystemInfos());
        var plan = await new FolderPlanner(new DocumentLoader(KnowledgeLimits.DefaultMaxFileBytes))
            .PlanAsync(scan, new Dictionary<string, string> { ["a.md"] = "x", ["sub/b.md"] = "y", ["sub/c.md"] = "z" }, null, Token);

        scan.Refused.ShouldBe([new IndexFailure("sub/", "cannot list the folder: Input/output error; its documents are kept as indexed")]);
        plan.Removals.ShouldBeEmpty();
        scan.Files.Select(f => f.Id).ShouldBe(["a.md"]);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit(10_000).ShouldBeTrue();
        mkfifo.ExitCode.ShouldBe(0);
    }
}
