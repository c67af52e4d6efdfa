using Microsoft.Data.Sqlite;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Tests.Knowledge.Storage;

/// <summary>Files that are not ours are left alone; damaged indexes are named with what is wrong and the fix.</summary>
public sealed class IndexFileTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASqliteFileThatIsNotOursIsRefusedInOneLineAndNotWrittenAtAll()
    {
        await RawAsync("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');");
        var before = await File.ReadAllBytesAsync(_folder.DatabasePath, Token);
        using var database = _folder.Database();

        var refused = await Should.ThrowAsync<KnowledgeStoreException>(() => database.OpenConnectionAsync(Token));

        refused.NotAnIndex.ShouldBeTrue();
        refused.Message.ShouldBe(
            $"'{_folder.DatabasePath}' is a SQLite database but not a VendorBot index (it has other tables and no VendorBot marker); it was left unchanged. Choose another --db path");
        SqliteConnection.ClearAllPools();
        (await File.ReadAllBytesAsync(_folder.DatabasePath, Token)).ShouldBe(before);
        File.Exists(_folder.DatabasePath + "-wal").ShouldBeFalse();
    }

    [Fact]
    public async Task ANewIndexIsStampedWithTheVendorBotMarker()
    {
        using var database = _folder.Database();
        await using (await database.OpenConnectionAsync(Token))
        {
        }

        (await RawScalarAsync("PRAGMA application_id;")).ShouldBe((long)KnowledgeSchemaCheck.ApplicationId);
    }

    [Fact]
    public async Task AnIndexWrittenBeforeTheMarkerIsRecognisedAndStamped()
    {
        using (var database = _folder.Database())
        {
            await using var connection = await database.OpenConnectionAsync(Token);
        }

        await RawAsync("PRAGMA application_id = 0;");
        SqliteConnection.ClearAllPools();
        using (var reopened = _folder.Database())
        {
            await using var connection = await reopened.OpenConnectionAsync(Token);
        }

        (await RawScalarAsync("PRAGMA application_id;")).ShouldBe((long)KnowledgeSchemaCheck.ApplicationId);
    }

    [Theory]
    [InlineData("DROP TABLE passage_claims;", "table passage_claims")]
    [InlineData("DROP TABLE passages_vocab;", "table passages_vocab")]
    [InlineData("DROP INDEX passages_document;", "index passages_document")]
    public async Task AnIndexMissingPartOfItsSchemaIsReportedDamagedWithTheFix(string damage, string missing)
    {
        using (var database = _folder.Database())
        {
            await using var connection = await database.OpenConnectionAsync(Token);
        }

        await RawAsync(damage);
        using var damaged = _folder.Database();

        var exception = await Should.ThrowAsync<KnowledgeStoreException>(() => damaged.OpenConnectionAsync(Token));

        exception.Message.ShouldStartWith($"the index '{_folder.DatabasePath}' is damaged: ");
        exception.Message.ShouldContain(missing);
        exception.Message.ShouldEndWith($"{missing}; {KnowledgeSchemaCheck.RebuildHint}", Case.Sensitive);
    }

    [Fact]
    public void TheExpectedSchemaIsDerivedFromTheMigrationsNotKeptByHand()
    {
        var expected = KnowledgeSchemaCheck.ExpectedObjects(["CREATE TABLE a (x); CREATE INDEX a_x ON a(x);"]);

        expected.ShouldBe(["table a", "index a_x"], ignoreOrder: true);
        KnowledgeSchemaCheck.ExpectedObjects(KnowledgeSchema.Migrations).ShouldContain("table passages_fts_data");
    }

    [Fact]
    public async Task QuickCheckNamesACorruptedPageAsDamage()
    {
        _folder.Write("a.md", string.Join("\n\n", Enumerable.Range(0, 400).Select(i => $"Paragraph {i}: Huawei denied the allegation number {i} in detail.")));
        using (var database = _folder.Database())
        using (var indexer = _folder.Indexer(database))
        {
            await indexer.ReindexAsync(_folder.Documents, null, Token);
        }

        SqliteConnection.ClearAllPools();
        await CorruptPagesAsync();
        using var damaged = _folder.Database();

        var exception = await Should.ThrowAsync<KnowledgeStoreException>(async () =>
        {
            await damaged.CheckIntegrityAsync(Token);
            await new KnowledgeCatalog(damaged).CountDocumentsAsync(Token);
        });

        exception.Message.ShouldStartWith($"the index '{_folder.DatabasePath}' is damaged: ");
        exception.Message.ShouldEndWith(KnowledgeSchemaCheck.RebuildHint);
    }

    private async Task CorruptPagesAsync()
    {
        var length = new FileInfo(_folder.DatabasePath).Length;
        length.ShouldBeGreaterThan(8 * 4096);
        await using var file = new FileStream(_folder.DatabasePath, FileMode.Open, FileAccess.Write);
        var garbage = Enumerable.Repeat((byte)0x5A, 4096).ToArray();
        for (var page = 3; page < length / 4096; page += 2)
        {
            file.Position = page * 4096L;
            await file.WriteAsync(garbage, Token);
        }
    }

    private async Task RawAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_folder.DatabasePath};Pooling=False");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Token);
    }

    private async Task<object?> RawScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_folder.DatabasePath};Pooling=False");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Token);
    }
}
