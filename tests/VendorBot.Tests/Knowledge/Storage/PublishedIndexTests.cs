using System.Diagnostics;
using System.Runtime.Versioning;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Answering;
using VendorBot.Hosting;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Storage;
using VendorBot.Tests.Answering;

namespace VendorBot.Tests.Knowledge.Storage;

/// <summary><c>vendorbot publish</c> and replicas opening the published file read-only (file modes: Unix only).</summary>
[UnsupportedOSPlatform("windows")]
public sealed class PublishedIndexTests : IAsyncDisposable
{
    private const string Covered = "What did the ministry accuse Norvatel of?";
    private const string Added = "Who sanctioned Kestrel Systems?";
    private readonly string _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "vendorbot-publish-" + Guid.NewGuid().ToString("N"))).FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string PublishedFolder => Path.Combine(_root, "published");

    private string Published => Path.Combine(PublishedFolder, "index.db");

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(PublishedFolder))
        {
            File.SetUnixFileMode(PublishedFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Directory.Delete(_root, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task APublishedCopyIsCompactInRollbackJournalModeAtTheSameSchemaAndReadableByAnyone()
    {
        await using var indexer = await IndexerAsync(withKestrel: false);

        var report = await indexer.Services.GetRequiredService<IndexPublisher>().PublishAsync(Published, Token);

        report.Documents.ShouldBe(3);
        report.Passages.ShouldBeGreaterThan(0);
        await using var connection = new SqliteConnection($"Data Source={Published};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Token);
        (await ScalarAsync(connection, "PRAGMA journal_mode;")).ShouldBe("delete");
        (await ScalarAsync(connection, "PRAGMA user_version;")).ShouldBe((long)KnowledgeSchema.CurrentVersion);
        (await ScalarAsync(connection, "SELECT count(*) FROM documents;")).ShouldBe(3L);
        File.GetUnixFileMode(Published).HasFlag(UnixFileMode.OtherRead).ShouldBeTrue();
        Directory.GetFiles(PublishedFolder).ShouldBe([Published]);
    }

    [Fact]
    public async Task APublishedIndexInAFolderWithoutWriteAccessAnswersAndLeavesNoFileBesideIt()
    {
        await using (var indexer = await IndexerAsync(withKestrel: false))
        {
            await indexer.Services.GetRequiredService<IndexPublisher>().PublishAsync(Published, Token);
        }

        File.SetUnixFileMode(Published, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(PublishedFolder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        using var replica = Replica(new FakeTimeProvider(TimeProvider.System.GetUtcNow()));

        var answer = await replica.Services.GetRequiredService<IAnswerService>().AskAsync(AnswerRequest.Single(Covered), Token);

        answer.Outcome.ShouldBe(AnswerOutcome.Answered);
        answer.Citations.ShouldNotBeEmpty();
        Directory.GetFiles(PublishedFolder).ShouldBe([Published]);
    }

    [Fact]
    public async Task ANonRootUserAnswersFromAPublishedIndexInAFolderTheyCannotWrite()
    {
        await using (var indexer = await IndexerAsync(withKestrel: false))
        {
            await indexer.Services.GetRequiredService<IndexPublisher>().PublishAsync(Published, Token);
        }

        var asRoot = Environment.UserName == "root";
        File.SetUnixFileMode(Published, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(PublishedFolder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var state = Directory.CreateDirectory(Path.Combine(_root, "replica-state")).FullName;
        File.SetUnixFileMode(state, (UnixFileMode)0x1FF);
        File.SetUnixFileMode(_root, (UnixFileMode)0x1ED);

        var start = new ProcessStartInfo(asRoot ? "runuser" : "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (asRoot ? ["-u", "nobody", "--", "dotnet"] : Array.Empty<string>()).Concat([Path.Combine(AppContext.BaseDirectory, "vendorbot.dll"), "ask", Covered]))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["VENDORBOT_Knowledge__DatabasePath"] = Published;
        start.Environment["VENDORBOT_Knowledge__ReadOnly"] = "true";
        start.Environment["VENDORBOT_State__DatabasePath"] = Path.Combine(state, "state.db");
        start.Environment["HOME"] = state;
        start.Environment["DOTNET_CLI_HOME"] = state;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Token);
        var error = process.StandardError.ReadToEndAsync(Token);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);

        (process.ExitCode, await error).ShouldBe((0, ""));
        (await output).ShouldContain("Sources:");
        Directory.GetFiles(PublishedFolder).ShouldBe([Published]);
    }

    [Fact]
    public async Task ARepublishedIndexIsPickedUpWithoutARestartWhileQuestionsAreInFlight()
    {
        await using var indexer = await IndexerAsync(withKestrel: false);
        var publisher = indexer.Services.GetRequiredService<IndexPublisher>();
        await publisher.PublishAsync(Published, Token);
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        using var replica = Replica(time);
        var answers = replica.Services.GetRequiredService<IAnswerService>();
        (await answers.AskAsync(AnswerRequest.Single(Added), Token)).Outcome.ShouldBe(AnswerOutcome.NotCovered);

        using var stop = new CancellationTokenSource();
        var asking = Enumerable.Range(0, 4).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        var inFlight = asking.Select(firstAnswer => Task.Run(async () =>
        {
            var outcomes = new List<AnswerOutcome>();
            do
            {
                outcomes.Add((await answers.AskAsync(AnswerRequest.Single(Covered), Token)).Outcome);
                firstAnswer.TrySetResult();
            }
            while (!stop.IsCancellationRequested && outcomes.Count < 100_000);

            return outcomes;
        })).ToList();
        await Task.WhenAll(asking.Select(a => a.Task)).WaitAsync(Token);
        File.Copy(Path.Combine(AnsweringTestHost.Fixtures, "kestrel-sanctions.md"), Path.Combine(indexer.Documents, "kestrel-sanctions.md"));
        await indexer.ReindexAsync();
        await publisher.PublishAsync(Published, Token);
        time.Advance(KnowledgeLimits.ReadOnlyRecheckInterval);
        var after = await answers.AskAsync(AnswerRequest.Single(Added), Token);
        await stop.CancelAsync();
        var outcomes = (await Task.WhenAll(inFlight)).SelectMany(o => o).ToList();

        after.Outcome.ShouldBe(AnswerOutcome.Answered);
        after.Citations.ShouldContain(c => c.DocumentTitle.Contains("Kestrel", StringComparison.Ordinal));
        outcomes.Count.ShouldBeGreaterThanOrEqualTo(asking.Count);
        outcomes.ShouldAllBe(o => o == AnswerOutcome.Answered);
    }

    private async Task<AnsweringTestHost> IndexerAsync(bool withKestrel)
    {
        var documents = Directory.CreateDirectory(Path.Combine(_root, "fixtures")).FullName;
        foreach (var file in Directory.GetFiles(AnsweringTestHost.Fixtures).Where(f => withKestrel || !f.Contains("kestrel", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(documents, Path.GetFileName(file)), overwrite: true);
        }

        return await AnsweringTestHost.StartAsync(documents);
    }

    private IHost Replica(TimeProvider time)
    {
        var builder = VendorBotHost.CreateBuilder(
            new Dictionary<string, string?>
            {
                ["Knowledge:DatabasePath"] = Published,
                ["Knowledge:ReadOnly"] = "true",
                ["State:DatabasePath"] = Path.Combine(_root, "replica-state.db"),
            },
            LogLevel.Warning);
        builder.Services.AddSingleton(time);
        return builder.Build();
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Token);
    }
}
