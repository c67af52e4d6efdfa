using VendorBot.Cli;
using VendorBot.Tests.Knowledge;

namespace VendorBot.Tests.Cli;

public sealed class PublishVerbTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task PublishingWritesTheCopyAndSaysWhatItHolds()
    {
        _folder.Write("a.md", "Huawei denied it.");
        await RunAsync("index", _folder.Documents, "--db", _folder.DatabasePath);
        var target = Path.Combine(_folder.Root, "out", "published.db");

        var (exitCode, output, error) = await RunAsync("publish", "--out", target, "--db", _folder.DatabasePath);

        exitCode.ShouldBe(CliExitCodes.Success);
        error.ShouldBeEmpty();
        output.ShouldContain($"to '{target}'");
        output.ShouldContain("1 document, ");
        File.Exists(target).ShouldBeTrue();
    }

    [Fact]
    public async Task PublishingAMissingIndexIsAUsageErrorThatCreatesNothing()
    {
        var target = Path.Combine(_folder.Root, "published.db");

        var (exitCode, _, error) = await RunAsync("publish", "--out", target, "--db", _folder.DatabasePath);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.ShouldContain("does not exist; build it with 'vendorbot index' first");
        File.Exists(target).ShouldBeFalse();
        File.Exists(_folder.DatabasePath).ShouldBeFalse();
    }

    [Fact]
    public async Task PublishingOntoTheIndexItselfIsRefused()
    {
        _folder.Write("a.md", "Huawei denied it.");
        await RunAsync("index", _folder.Documents, "--db", _folder.DatabasePath);

        var (exitCode, _, error) = await RunAsync("publish", "--out", _folder.DatabasePath, "--db", _folder.DatabasePath);

        exitCode.ShouldBe(CliExitCodes.Failure);
        error.ShouldContain("onto itself");
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, output, error).WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }
}
