using Microsoft.Extensions.Options;
using VendorBot.Cli;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Storage;
using VendorBot.Tests.EndToEnd;

namespace VendorBot.Tests.Hosting;

public sealed class StartupTests
{
    [Theory]
    [InlineData("Discord:Token", "", "Discord:Token is required")]
    [InlineData("Bot:MaxConcurrentAnswers", "0", "Bot:MaxConcurrentAnswers must be between 1 and 256")]
    [InlineData("Bot:FloodWindow", "00:00:00", "Bot:FloodWindow must be between")]
    [InlineData("Bot:HistoryTurns", "99", "Bot:HistoryTurns must be between 0 and 20")]
    public async Task ABadOptionStopsStartUpWithAMessageNamingTheKey(string key, string value, string message)
    {
        var (folder, server, host) = await BotHarness.CreateAsync(new Dictionary<string, string?> { [key] = value });
        await using var _ = server;
        using (host)
        {
            var error = await Should.ThrowAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

            string.Join("; ", error.Failures).ShouldContain(message);
            server.Gateway.Connections.ShouldBeEmpty();
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task AnUnreadableIndexStopsStartUpWithOneClearLine()
    {
        var (folder, server, host) = await BotHarness.CreateAsync();
        await using var _ = server;
        await File.WriteAllTextAsync(Path.Combine(folder, "vendorbot.db"), "this is not a database, it is just text that is long enough", TestContext.Current.CancellationToken);
        using (host)
        {
            var error = await Should.ThrowAsync<KnowledgeStoreException>(() => host.StartAsync(TestContext.Current.CancellationToken));

            error.Message.ShouldStartWith($"cannot open the index '{Path.Combine(folder, "vendorbot.db")}': it is not a SQLite database");
            error.Message.ShouldNotContain("\n");
            server.Gateway.Connections.ShouldBeEmpty();
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task ADamagedIndexStopsStartUpNamingWhatIsMissingAndTheFix()
    {
        var (folder, server, host) = await BotHarness.CreateAsync();
        await using var _ = server;
        var path = Path.Combine(folder, "vendorbot.db");
        using (var database = new KnowledgeDatabase(Options.Create(new KnowledgeOptions { DatabasePath = path })))
        {
            await using var connection = await database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE passages_vocab;";
            await drop.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        using (host)
        {
            var error = await Should.ThrowAsync<KnowledgeStoreException>(() => host.StartAsync(TestContext.Current.CancellationToken));

            error.Message.ShouldBe($"the index '{path}' is damaged: this is missing: table passages_vocab; {KnowledgeSchemaCheck.RebuildHint}");
            server.Gateway.Connections.ShouldBeEmpty();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task ATokenDiscordRejectsStopsStartUpWithoutEchoingTheToken()
    {
        var (folder, server, host) = await BotHarness.CreateAsync(script: s => s.Rest.ExpectedToken = "a-different-token");
        await using var _ = server;
        using (host)
        {
            var error = await Should.ThrowAsync<Exception>(() => host.StartAsync(TestContext.Current.CancellationToken));

            error.Message.ShouldContain("401");
            error.ToString().ShouldNotContain(BotHarness.Token);
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task RunWithoutATokenPrintsOneErrorLineAndExitsNonZero()
    {
        var folder = Path.Combine(Path.GetTempPath(), "vendorbot-run-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CliApplication.RunAsync(["run", "--db", Path.Combine(folder, "x.db")], output, error);

        exit.ShouldBe(2);
        error.ToString().Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("Discord:Token is required");
        Directory.Delete(folder, recursive: true);
    }
}
