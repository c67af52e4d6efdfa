using VendorBot.Knowledge;

namespace VendorBot.Tests.Knowledge.Indexing;

public sealed class IndexDocumentsTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task InMemoryDocumentsAreChunkedAndIndexedAndUnchangedOnesSkipped()
    {
        var token = TestContext.Current.CancellationToken;
        using var database = _folder.Database();
        using var indexer = _folder.Indexer(database);
        SourceDocument[] corpus =
        [
            Some.Document("Aspirin reduces fever in adults.", id: "beir/1", hash: "h1"),
            Some.Document("Statins lower cholesterol.", id: "beir/2", hash: "h2"),
        ];
        await indexer.IndexDocumentsAsync(corpus, null, token);

        var report = await indexer.IndexDocumentsAsync(
            [corpus[0], Some.Document("Statins lower LDL cholesterol markedly.", id: "beir/2", hash: "h2b"), Some.Document("New one.", id: "beir/3", hash: "h3")],
            null,
            token);

        (report.Added, report.Updated, report.Unchanged, report.Removed).ShouldBe((1, 1, 1, 0));
        (await IndexProbe.MatchCountAsync(database, "ldl")).ShouldBe(1);
        (await IndexProbe.MatchCountAsync(database, "aspirin")).ShouldBe(1);
        (await IndexProbe.CountAsync(database, "documents")).ShouldBe(3);
        await IndexProbe.AssertFtsInSyncAsync(database);
    }

    [Fact]
    public async Task AStreamOfDocumentsIsIndexedInOneTransaction()
    {
        var token = TestContext.Current.CancellationToken;
        using var database = _folder.Database();
        using var indexer = _folder.Indexer(database, (document, _) =>
            document.Id == "doc/3" ? throw new InvalidOperationException("injected") : Task.CompletedTask);

        await Should.ThrowAsync<InvalidOperationException>(() => indexer.IndexDocumentsAsync(Stream(5), null, token));

        (await IndexProbe.CountAsync(database, "documents")).ShouldBe(0);
    }

    private static async IAsyncEnumerable<SourceDocument> Stream(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return Some.Document($"Document number {i}.", id: $"doc/{i}", hash: $"h{i}");
        }
    }
}
