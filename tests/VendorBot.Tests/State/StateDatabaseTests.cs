using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Answering.Log;
using VendorBot.Bot.Settings;
using VendorBot.Discord.Entities;
using VendorBot.State;

namespace VendorBot.Tests.State;

public sealed class StateDatabaseTests(PostgresCluster cluster) : IAsyncDisposable
{
    private readonly StateStores _stores = new(cluster);

    public static TheoryData<StateProvider> Providers => StateStores.Providers;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task EachFeatureRecordsItsOwnSchemaVersion(StateProvider provider)
    {
        var database = await _stores.OpenAsync(provider);

        await using var connection = await database.OpenConnectionAsync(Token);
        await using var command = StateSql.Command(connection, null, "SELECT feature, version FROM schema_versions ORDER BY feature;");
        await using var reader = await command.ExecuteReaderAsync(Token);
        var versions = new List<(string, long)>();
        while (await reader.ReadAsync(Token))
        {
            versions.Add((reader.GetString(0), Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)));
        }

        versions.ShouldBe([("answering", AnswerLogSchema.Schema.Migrations.Count), ("bot", VendorBot.Bot.BotStateSchema.Schema.Migrations.Count), ("feeds", VendorBot.Feeds.FeedStateSchema.Schema.Migrations.Count)]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AStoreWhoseFeatureSchemaIsNewerThanThisCodeIsRefusedWithAClearMessage(StateProvider provider)
    {
        var first = await _stores.OpenAsync(provider);
        await using (var connection = await first.OpenConnectionAsync(Token))
        {
            await StateSql.ExecuteAsync(connection, null, "UPDATE schema_versions SET version = 99 WHERE feature = 'bot';", Token);
        }

        var second = await _stores.OpenAsync(provider);

        var exception = await Should.ThrowAsync<StateStoreException>(() => second.OpenConnectionAsync(Token));
        exception.Message.ShouldContain("bot schema version 99, newer than this VendorBot");
    }

    [Fact]
    public async Task SqliteWritersOfOneProcessTakeTurnsAndDisposingATurnTwiceReleasesItOnce()
    {
        var database = await _stores.OpenAsync(StateProvider.Sqlite);
        var first = await database.EnterWriteAsync(Token);

        var second = database.EnterWriteAsync(Token);

        second.IsCompleted.ShouldBeFalse();
        first.Dispose();
        first.Dispose();
        (await second).Dispose();
        (await database.EnterWriteAsync(Token)).Dispose();
    }

    [Fact]
    public async Task AWriterWaitingForItsTurnGivesUpWhenItsTokenIsCancelled()
    {
        var database = await _stores.OpenAsync(StateProvider.Sqlite);
        using var held = await database.EnterWriteAsync(Token);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Token);

        var waiting = database.EnterWriteAsync(cancel.Token);
        await cancel.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task ProcessesStartingTogetherOnOnePostgreSqlDatabaseMigrateItOnce()
    {
        var processes = new List<StateDatabase>();
        for (var i = 0; i < 4; i++)
        {
            processes.Add(await _stores.OpenAsync(StateProvider.PostgreSql));
        }

        var connections = await Task.WhenAll(processes.Select(p => p.OpenConnectionAsync(Token)));
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        connections.Length.ShouldBe(4);
    }

    [Fact]
    public async Task AnErrorAboutThePostgreSqlStoreNeverShowsItsPassword()
    {
        var settings = await _stores.SettingsAsync(StateProvider.PostgreSql);
        var wrong = settings["ConnectionStrings:State"]!.Replace(PostgresCluster.Password, "wrong-secret-DoNotLogMe", StringComparison.Ordinal);
        var database = _stores.PostgreSql(wrong);

        var exception = await Should.ThrowAsync<StateStoreException>(() => database.OpenConnectionAsync(Token));

        exception.Message.ShouldContain("PostgreSQL database");
        exception.ToString().ShouldNotContain("wrong-secret-DoNotLogMe");
        database.Description.ShouldNotContain("DoNotLogMe");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AnOlderIndexFilesAnswersFeedbackAndSettingsAreMovedOnceAndDroppedFromTheIndex(StateProvider provider)
    {
        var index = Path.Combine(_stores.Folder, "old-index.db");
        await CreateOldIndexAsync(index);
        var logger = new FakeLogger<LegacyIndexImport>();

        var database = await _stores.OpenAsync(provider, index, logger);
        var log = new StateAnswerLog(database, new FakeTimeProvider());
        var answer = (await log.GetAsync("old-1", Token)).ShouldNotBeNull();

        answer.Sources.Single().PassageText.ShouldBe("the copied passage");
        answer.MessageId.ShouldBe("m1");
        (await log.GetFeedbackAsync("old-1", Token)).ShouldBe(new FeedbackTally(1, 0));
        var settings = new ChannelSettingsStore(database, new FakeTimeProvider(), Microsoft.Extensions.Options.Options.Create(new StateOptions()));
        (await settings.FindAsync(new Snowflake(600), Token)).ShouldNotBeNull().AutoAnswer.ShouldBeTrue();
        logger.Collector.GetSnapshot().Count(r => r.Level == LogLevel.Information).ShouldBe(1);
        logger.LatestRecord.Message.ShouldContain("1 answers, 1 answer_sources, 1 feedback, 1 channel_settings");
        (await TablesAsync(index)).ShouldNotContain("answers");
        (await TablesAsync(index)).ShouldContain("documents");

        var again = await _stores.OpenAsync(provider, index, logger);
        await using (await again.OpenConnectionAsync(Token))
        {
        }

        logger.Collector.GetSnapshot().Count(r => r.Level == LogLevel.Information).ShouldBe(1);
    }

    private static async Task CreateOldIndexAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        // The tables as VendorBot's index schema v1-v4 created them, with one row each.
        command.CommandText = """
            CREATE TABLE documents (id TEXT PRIMARY KEY);
            CREATE TABLE answers (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, question TEXT NOT NULL, standalone_question TEXT, answer TEXT NOT NULL,
                mode TEXT NOT NULL, mode_reason TEXT, guild_id TEXT, channel_id TEXT, user_id TEXT, message_id TEXT, retrieval_ms REAL, composition_ms REAL);
            CREATE TABLE answer_sources (answer_id TEXT NOT NULL REFERENCES answers(id) ON DELETE CASCADE, number INTEGER NOT NULL, passage_id TEXT NOT NULL,
                document_id TEXT NOT NULL, document_title TEXT NOT NULL, publisher TEXT, url TEXT, published_on TEXT, passage_text TEXT NOT NULL, quote TEXT NOT NULL,
                PRIMARY KEY (answer_id, number));
            CREATE TABLE feedback (answer_id TEXT NOT NULL REFERENCES answers(id) ON DELETE CASCADE, user_id TEXT NOT NULL, helpful INTEGER NOT NULL,
                updated_at TEXT NOT NULL, PRIMARY KEY (answer_id, user_id));
            CREATE TABLE channel_settings (channel_id TEXT PRIMARY KEY, guild_id TEXT, auto_answer INTEGER NOT NULL, ephemeral INTEGER NOT NULL,
                cited_only INTEGER NOT NULL, vendors TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL);
            INSERT INTO answers VALUES ('old-1', '2025-01-02T03:04:05.0000000+00:00', 'q', 'q', 'a [1]', 'extractive', 'r', 'g', 'c', 'u', 'm1', 1.5, 2.5);
            INSERT INTO answer_sources VALUES ('old-1', 1, 'p1', 'd1', 'T', NULL, NULL, '2024-01-01', 'the copied passage', 'quote');
            INSERT INTO feedback VALUES ('old-1', 'alice', 1, '2025-01-02T03:04:06.0000000+00:00');
            INSERT INTO channel_settings VALUES ('600', '500', 1, 0, 0, '[]', '2025-01-02T03:04:07.0000000+00:00', '42');
            PRAGMA user_version = 4;
            """;
        await command.ExecuteNonQueryAsync(Token);
    }

    private static async Task<List<string>> TablesAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table';";
        await using var reader = await command.ExecuteReaderAsync(Token);
        var names = new List<string>();
        while (await reader.ReadAsync(Token))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
