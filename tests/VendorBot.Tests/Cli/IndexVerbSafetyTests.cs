using Microsoft.Data.Sqlite;
using VendorBot.Cli;
using VendorBot.Knowledge.Indexing;
using VendorBot.Tests.Knowledge;

namespace VendorBot.Tests.Cli;

/// <summary>The index verb as a user meets it: refusals say what and how to confirm, damage names the fix, wrong paths are named first.</summary>
public sealed class IndexVerbSafetyTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task IndexingAnEmptyFolderOverAFullIndexRefusesSaysWhatAndHowToConfirmAndKeepsEverything()
    {
        _folder.Write("a.md", "Huawei denied it.");
        _folder.Write("b.md", "ZTE confirmed it.");
        await CliRun.RunAsync("index", _folder.Documents, "--db", _folder.DatabasePath);
        var empty = Directory.CreateDirectory(Path.Combine(_folder.Root, "empty")).FullName;

        var (exitCode, _, error) = await CliRun.RunAsync("index", empty, "--db", _folder.DatabasePath);

        exitCode.ShouldBe(CliExitCodes.Failure);
        error.ShouldBe(
            $"error: refusing to remove all 2 indexed documents: their files are not in '{empty}' (a.md, b.md); nothing was changed.\n"
            + $"If that is what you want, run it again with --allow-removal; otherwise check the folder ('{empty}').\n");
        var (_, output, _) = await CliRun.RunAsync("index", _folder.Documents, "--db", _folder.DatabasePath);
        output.ShouldContain("0 added, 0 updated, 0 removed, 2 unchanged");
    }

    [Fact]
    public async Task AllowRemovalConfirmsTheRemoval()
    {
        _folder.Write("a.md", "Huawei denied it.");
        await CliRun.RunAsync("index", _folder.Documents, "--db", _folder.DatabasePath);
        _folder.Delete("a.md");

        var (exitCode, output, _) = await CliRun.RunAsync("index", _folder.Documents, "--db", _folder.DatabasePath, "--allow-removal");

        exitCode.ShouldBe(CliExitCodes.Success);
        output.ShouldContain("0 added, 0 updated, 1 removed");
    }

    [Fact]
    public async Task ADamagedIndexIsNamedWithTheFixAndRebuildSwapsInAFreshOne()
    {
        _folder.Write("a.md", "Huawei denied the backdoor allegations.");
        await CliRun.RunAsync("index", _folder.Documents, "--db", _folder.DatabasePath);
        await RawAsync("DROP TABLE passage_years;");

        var (exitCode, _, error) = await CliRun.RunAsync("index", _folder.Documents, "--db", _folder.DatabasePath);

        exitCode.ShouldBe(CliExitCodes.Failure);
        error.ShouldBe(
            $"error: the index '{_folder.DatabasePath}' is damaged: these are missing: index passage_years_document, table passage_years; "
            + "rebuild it with 'vendorbot index --rebuild' (a fresh index is built beside it from the documents folder and swapped in)\n");

        var (rebuilt, output, rebuildError) = await CliRun.RunAsync("index", _folder.Documents, "--db", _folder.DatabasePath, "--rebuild");

        rebuilt.ShouldBe(CliExitCodes.Success, rebuildError);
        output.ShouldContain($"Rebuilt '{_folder.Documents}' into '{_folder.DatabasePath}'");
        output.ShouldContain("1 added");
        File.Exists(_folder.DatabasePath + ".rebuild").ShouldBeFalse();
        var (searched, hits, _) = await CliRun.RunAsync("search", "backdoor", "--db", _folder.DatabasePath);
        searched.ShouldBe(CliExitCodes.Success);
        hits.ShouldContain("a.md#0");
        (await CliRun.RunAsync("index", _folder.Documents, "--db", _folder.DatabasePath)).Output.ShouldContain("1 unchanged");
    }

    [Fact]
    public async Task RebuildRefusesToReplaceASqliteFileThatIsNotAnIndex()
    {
        await RawAsync("CREATE TABLE recipes (name TEXT);");

        var (exitCode, _, error) = await CliRun.RunAsync("index", _folder.Documents, "--db", _folder.DatabasePath, "--rebuild");

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.ShouldEndWith("--rebuild only replaces VendorBot indexes\n");
    }

    [Fact]
    public async Task SearchOnAnUnrelatedSqliteFileIsRefusedInOneLineAndLeavesItUnchanged()
    {
        await RawAsync("CREATE TABLE recipes (name TEXT);");
        SqliteConnection.ClearAllPools();
        var before = await File.ReadAllBytesAsync(_folder.DatabasePath, TestContext.Current.CancellationToken);

        var (exitCode, _, error) = await CliRun.RunAsync("search", "soup", "--db", _folder.DatabasePath);

        exitCode.ShouldBe(CliExitCodes.Failure);
        error.ShouldBe($"error: '{_folder.DatabasePath}' is a SQLite database but not a VendorBot index (it has other tables and no VendorBot marker); it was left unchanged. Choose another --db path\n");
        SqliteConnection.ClearAllPools();
        (await File.ReadAllBytesAsync(_folder.DatabasePath, TestContext.Current.CancellationToken)).ShouldBe(before);
    }

    [Fact]
    public async Task ASecondIndexRunWhileOneHoldsTheLockSaysWhoAndExitsOne()
    {
        _folder.Write("a.md", "Huawei denied it.");
        using var holder = await IndexWriteLock.AcquireAsync(_folder.DatabasePath, wait: false, TimeProvider.System, TestContext.Current.CancellationToken);

        var (exitCode, _, error) = await CliRun.RunAsync("index", _folder.Documents, "--db", _folder.DatabasePath);

        exitCode.ShouldBe(CliExitCodes.Failure);
        error.ShouldStartWith($"error: another index run is writing '{_folder.DatabasePath}' (pid {Environment.ProcessId}, started ");
    }

    [Fact]
    public async Task AFolderArgumentThatIsAFileIsNamedBeforeAnyWork()
    {
        var file = _folder.Write("a.md", "Huawei denied it.");

        var (exitCode, _, error) = await CliRun.RunAsync("index", file, "--db", _folder.DatabasePath);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.ShouldBe($"error: the documents folder '{file}' is a file, not a folder\n");
        File.Exists(_folder.DatabasePath).ShouldBeFalse();
    }

    [Theory]
    [InlineData("index")]
    [InlineData("search")]
    [InlineData("timeline")]
    public async Task ADatabasePathThatIsADirectoryIsNamedBeforeAnyWork(string verb)
    {
        string[] args = verb == "index" ? [verb, _folder.Documents] : [verb, "huawei"];

        var (exitCode, _, error) = await CliRun.RunAsync([.. args, "--db", _folder.Documents]);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.ShouldStartWith($"error: the index path '{_folder.Documents}' is a directory, not a file");
    }

    [Fact]
    public async Task BeirOutThatIsADirectoryIsRefusedBeforeIndexing()
    {
        foreach (var (name, content) in new[] { ("corpus.jsonl", """{"_id":"d1","title":"t","text":"x"}"""), ("queries.jsonl", """{"_id":"q1","text":"x"}"""), ("qrels-test.tsv", "query-id\tcorpus-id\tscore\nq1\td1\t1") })
        {
            _folder.Write(name, content);
        }

        var (exitCode, output, error) = await CliRun.RunAsync("beir", _folder.Documents, "--out", _folder.Root, "--db", _folder.DatabasePath);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.ShouldStartWith($"error: --out '{_folder.Root}' is a directory");
        output.ShouldBeEmpty();
        File.Exists(_folder.DatabasePath).ShouldBeFalse();
    }

    private async Task RawAsync(string sql)
    {
        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={_folder.DatabasePath};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
