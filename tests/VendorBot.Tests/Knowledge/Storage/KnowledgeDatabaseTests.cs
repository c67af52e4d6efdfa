using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Tests.Knowledge.Storage;

public sealed class KnowledgeDatabaseTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnEmptyVersionZeroFileIsMigratedToTheCurrentSchemaInWalModeWithOnlyKnowledgesTables()
    {
        await ExecuteRawAsync("PRAGMA user_version;");
        using var database = _folder.Database();

        await using var connection = await database.OpenConnectionAsync(Token);

        (await ScalarAsync(connection, "PRAGMA user_version;")).ShouldBe((long)KnowledgeSchema.CurrentVersion);
        (await ScalarAsync(connection, "PRAGMA journal_mode;")).ShouldBe("wal");
        (await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE name IN ('documents', 'passages', 'passages_fts', 'passage_claims')")).ShouldBe(4L);
        (await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE name IN ('answers', 'answer_sources', 'feedback', 'channel_settings')")).ShouldBe(0L);
    }

    [Fact]
    public async Task AnOlderSchemaIsMigratedForwardAndKeepsItsData()
    {
        using (var older = new KnowledgeDatabase(Options.Create(_folder.Options()), KnowledgeSchema.Migrations))
        {
            await using var connection = await older.OpenConnectionAsync(Token);
            await ExecuteAsync(connection, "INSERT INTO documents(id, title, vendors, topics, content_hash, text, indexed_at) VALUES ('a1', 't', '[]', '[]', 'h', 'x', 't');");
        }

        string[] newer = [.. KnowledgeSchema.Migrations, "ALTER TABLE documents ADD COLUMN language TEXT NOT NULL DEFAULT 'en';"];
        using var database = new KnowledgeDatabase(Options.Create(_folder.Options()), newer);

        await using var migrated = await database.OpenConnectionAsync(Token);

        (await ScalarAsync(migrated, "PRAGMA user_version;")).ShouldBe((long)newer.Length);
        (await ScalarAsync(migrated, "SELECT language FROM documents WHERE id = 'a1'")).ShouldBe("en");
    }

    [Fact]
    public async Task AVersionFourIndexReadsItsDocumentsDatedOnTheFirstOfAMonthAgainSoAMonthOnlyDateRegainsItsPrecision()
    {
        using (var older = new KnowledgeDatabase(Options.Create(_folder.Options()), KnowledgeSchema.Migrations.Take(4).ToList()))
        {
            await using var connection = await older.OpenConnectionAsync(Token);
            await ExecuteAsync(
                connection,
                "INSERT INTO documents(id, title, published_on, vendors, topics, content_hash, text, indexed_at) VALUES " +
                "('first', 't', '2018-07-01', '[]', '[]', 'h1', 'x', 't'), ('fifth', 't', '2018-07-05', '[]', '[]', 'h5', 'x', 't');");
        }

        using var database = new KnowledgeDatabase(Options.Create(_folder.Options()), KnowledgeSchema.Migrations);
        await using var migrated = await database.OpenConnectionAsync(Token);

        (await ScalarAsync(migrated, "SELECT content_hash FROM documents WHERE id = 'first'")).ShouldNotBe("h1");
        (await ScalarAsync(migrated, "SELECT content_hash FROM documents WHERE id = 'fifth'")).ShouldBe("h5");
    }

    [Fact]
    public async Task AFileFromANewerVersionIsRefusedWithAClearMessage()
    {
        await ExecuteRawAsync("PRAGMA user_version = 99;");
        using var database = _folder.Database();

        var exception = await Should.ThrowAsync<KnowledgeStoreException>(() => database.OpenConnectionAsync(Token));

        exception.Message.ShouldContain("schema version 99, newer than this VendorBot");
    }

    [Fact]
    public async Task AFileThatIsNotADatabaseIsRefusedWithAClearMessage()
    {
        await File.WriteAllTextAsync(_folder.DatabasePath, new string('x', 4096), Token);
        using var database = _folder.Database();

        var exception = await Should.ThrowAsync<KnowledgeStoreException>(() => database.OpenConnectionAsync(Token));

        exception.Message.ShouldContain("cannot open the index");
    }

    private async Task ExecuteRawAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _folder.DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync(Token);
        await ExecuteAsync(connection, sql);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Token);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Token);
    }
}
