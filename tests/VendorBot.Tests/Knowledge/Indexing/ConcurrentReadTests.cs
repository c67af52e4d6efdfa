namespace VendorBot.Tests.Knowledge.Indexing;

public sealed class ConcurrentReadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ReadersKeepGettingThePreviousIndexWhileABigReindexHoldsTheWriteTransaction()
    {
        var token = TestContext.Current.CancellationToken;
        for (var i = 0; i < 40; i++)
        {
            _folder.Write($"old/{i:D3}.md", $"Version one of document {i} mentions the common vendor.");
        }

        using var database = _folder.Database();
        using var first = _folder.Indexer(database);
        await first.ReindexAsync(_folder.Documents, null, token);
        for (var i = 0; i < 40; i++)
        {
            _folder.Write($"old/{i:D3}.md", $"Version two of document {i} mentions the common vendor again.");
        }

        for (var i = 0; i < 120; i++)
        {
            _folder.Write($"new/{i:D3}.md", string.Join(' ', Enumerable.Range(0, 10).Select(s => Some.Sentence(14, s + i))) + " The common vendor.");
        }

        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var readerDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var indexer = _folder.Indexer(database, async (_, ct) =>
        {
            writing.TrySetResult();
            await readerDone.Task.WaitAsync(Patience, ct);
        });

        var reindex = indexer.ReindexAsync(_folder.Documents, null, token);
        var counts = new List<long>();
        await writing.Task.WaitAsync(Patience, token);
        for (var read = 0; read < 25; read++)
        {
            counts.Add(await IndexProbe.MatchCountAsync(database, "common").WaitAsync(Patience, token));
        }

        readerDone.SetResult();
        var report = await reindex.WaitAsync(Patience, token);

        counts.ShouldAllBe(count => count == 40);
        (await IndexProbe.MatchCountAsync(database, "version AND one")).ShouldBe(0);
        (await IndexProbe.MatchCountAsync(database, "common")).ShouldBe(160);
        (report.Added, report.Updated).ShouldBe((120, 40));
    }
}
