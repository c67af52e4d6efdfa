using VendorBot.Cli;
using VendorBot.Tests.Knowledge;

namespace VendorBot.Tests.Cli;

public sealed class IndexVerbTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task IndexingAFolderPrintsTheCountsAndExitsWithSuccess()
    {
        _folder.Write("a.md", "Huawei denied it.");
        _folder.Write("b.txt", "Officials investigate.");

        var (exitCode, output, error) = await RunAsync("index", _folder.Documents, "--db", _folder.DatabasePath);

        exitCode.ShouldBe(CliExitCodes.Success);
        output.ShouldContain("2 added, 0 updated, 0 removed, 0 unchanged, 0 failed");
        error.ShouldBeEmpty();
        File.Exists(_folder.DatabasePath).ShouldBeTrue();
    }

    [Fact]
    public async Task ASecondRunReportsTheFilesAsUnchanged()
    {
        _folder.Write("a.md", "Huawei denied it.");
        await RunAsync("index", _folder.Documents, "--db", _folder.DatabasePath);

        var (exitCode, output, _) = await RunAsync("index", _folder.Documents, "--db", _folder.DatabasePath);

        exitCode.ShouldBe(CliExitCodes.Success);
        output.ShouldContain("0 added, 0 updated, 0 removed, 1 unchanged");
    }

    [Fact]
    public async Task FailedFilesAreListedWithReasonsAndTheRunStillSucceeds()
    {
        _folder.Write("good.md", "Huawei denied it.");
        _folder.Write("empty.md", "");

        var (exitCode, output, error) = await RunAsync("index", _folder.Documents, "--db", _folder.DatabasePath);

        exitCode.ShouldBe(CliExitCodes.Success);
        error.ShouldContain("skipped empty.md: empty file");
        output.ShouldContain("1 added, 0 updated, 0 removed, 0 unchanged, 1 failed");
    }

    [Fact]
    public async Task WhenEveryFileFailsTheExitCodeIsFailure()
    {
        _folder.Write("empty.md", "");
        _folder.Write("broken.md", "---\nnever closed");

        var (exitCode, output, error) = await RunAsync("index", _folder.Documents, "--db", _folder.DatabasePath);

        exitCode.ShouldBe(CliExitCodes.Failure);
        error.ShouldContain("skipped broken.md: malformed front matter");
        output.ShouldContain("0 added, 0 updated, 0 removed, 0 unchanged, 2 failed");
    }

    [Fact]
    public async Task AnEmptyFolderIsNotAFailure()
    {
        var (exitCode, output, _) = await RunAsync("index", _folder.Documents, "--db", _folder.DatabasePath);

        exitCode.ShouldBe(CliExitCodes.Success);
        output.ShouldContain("0 added");
    }

    [Fact]
    public async Task AMissingFolderIsOneErrorLineWithTheUsageExitCode()
    {
        var missing = Path.Combine(_folder.Root, "missing");

        var (exitCode, _, error) = await RunAsync("index", missing, "--db", _folder.DatabasePath);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.Trim().ShouldBe($"error: the documents folder '{missing}' does not exist");
        File.Exists(_folder.DatabasePath).ShouldBeFalse();
    }

    [Fact]
    public async Task AnIndexFileThatIsNotADatabaseFailsWithOneLine()
    {
        _folder.Write("a.md", "Huawei denied it.");
        await File.WriteAllTextAsync(_folder.DatabasePath, "not a database at all, just text padding it out", TestContext.Current.CancellationToken);

        var (exitCode, _, error) = await RunAsync("index", _folder.Documents, "--db", _folder.DatabasePath);

        exitCode.ShouldBe(CliExitCodes.Failure);
        error.ShouldStartWith("error: cannot open the index");
        error.ShouldNotContain("   at ");
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, output, error).WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }
}
