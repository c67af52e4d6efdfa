using System.Text.Json;
using VendorBot.Cli;
using VendorBot.Tests.Answering;

namespace VendorBot.Tests.Cli;

public sealed class ClaimVerbsTests : IDisposable
{
    private readonly string _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "vendorbot-claims-cli-" + Guid.NewGuid().ToString("N"))).FullName;

    private string Database => Path.Combine(_root, "index.db");

    private static string ClaimFixtures => Path.Combine(AnsweringTestHost.RepositoryRoot(), "eval", "fixtures");

    [Fact]
    public async Task TimelineListsDatedEventsAndClaimsOldestFirstEachCited()
    {
        await IndexAsync();

        var (exitCode, output, error) = await RunAsync("timeline", "norvatel", "--db", Database);

        exitCode.ShouldBe(CliExitCodes.Success, error);
        output.ShouldStartWith("Timeline of Norvatel:");
        var installed = output.IndexOf("\n2019\n  ministry reports: “The ministry said the interface was installed in 2019", StringComparison.Ordinal);
        var denied = output.IndexOf("  Norvatel denies: “Norvatel denied that it had routed", StringComparison.Ordinal);
        var lifted = output.IndexOf("\n2023\n  “The ministry lifted the suspension", StringComparison.Ordinal);
        installed.ShouldBeGreaterThanOrEqualTo(0, output);
        denied.ShouldBeGreaterThan(installed, output);
        lifted.ShouldBeGreaterThan(denied, output);
        output.ShouldContain("— Norvatel rejects the ministry's claims (Norvatel press office, 2021-03-06)");
    }

    [Fact]
    public async Task TimelineWithJsonGivesYearStanceQuoteAndDocumentPerEntry()
    {
        await IndexAsync();

        var (exitCode, output, _) = await RunAsync("timeline", "Quellink", "--db", Database, "--json");

        exitCode.ShouldBe(CliExitCodes.Success);
        using var json = JsonDocument.Parse(output);
        var entries = json.RootElement.EnumerateArray().ToList();
        entries.Select(e => e.GetProperty("year").GetInt32()).ShouldBeInOrder(SortDirection.Ascending);
        entries.ShouldContain(e => e.GetProperty("stance").GetString() == "denies" && e.GetProperty("actor").GetString() == "Quellink");
        entries.ShouldAllBe(e => e.GetProperty("document").GetProperty("title").GetString() == "Quellink cameras banned from state buildings");
    }

    [Fact]
    public async Task ClaimsGroupsTheStatementsAboutATopicByStance()
    {
        await IndexAsync();

        var (exitCode, output, error) = await RunAsync("claims", "Norvatel", "subscriber data", "--db", Database);

        exitCode.ShouldBe(CliExitCodes.Success, error);
        var alleged = output.IndexOf("Alleged:\n  - Ministry of Digital Affairs: “The Ministry of Digital Affairs accused Norvatel", StringComparison.Ordinal);
        var denied = output.IndexOf("Denied:\n  - Norvatel: “Norvatel denied", StringComparison.Ordinal);
        alleged.ShouldBeGreaterThanOrEqualTo(0, output);
        denied.ShouldBeGreaterThan(alleged, output);
        output.ShouldNotContain("the matter is closed");
    }

    [Fact]
    public async Task AnUnknownVendorIsAUsageErrorThatListsTheVendorsCovered()
    {
        await IndexAsync();

        var (exitCode, output, error) = await RunAsync("claims", "Zentrix", "--db", Database);

        exitCode.ShouldBe(CliExitCodes.Usage);
        output.ShouldBeEmpty();
        error.ShouldContain("no document is about 'Zentrix'; vendors covered:");
        error.ShouldContain("Quellink");
    }

    [Fact]
    public async Task AMissingIndexIsAUsageErrorNamingIt()
    {
        var (exitCode, _, error) = await RunAsync("timeline", "Norvatel", "--db", Database);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.ShouldContain("does not exist");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private async Task IndexAsync()
    {
        var (exitCode, _, error) = await RunAsync("index", ClaimFixtures, "--db", Database);
        exitCode.ShouldBe(CliExitCodes.Success, error);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, output, error);
        return (exitCode, output.ToString().ReplaceLineEndings("\n"), error.ToString());
    }
}
