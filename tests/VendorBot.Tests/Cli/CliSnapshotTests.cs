using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VendorBot.Answering;
using VendorBot.Cli;
using VendorBot.Hosting;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Claims;
using VendorBot.Tests.Answering;

namespace VendorBot.Tests.Cli;

/// <summary>
/// The terminal output of ask, search, timeline and claims for a fixed index at a fixed width (60 columns), compared
/// with the files in Cli/Snapshots. A changed layout fails here; after reviewing it, set VENDORBOT_UPDATE_SNAPSHOTS=1
/// and run again to rewrite the files.
/// </summary>
public sealed class CliSnapshotTests : IDisposable
{
    private static readonly TerminalStyle Narrow = new(60, Colour: false);

    private readonly string _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "vendorbot-snap-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AskPrintsTheAnswerWrappedAndEachSourceOnceWithoutRepeatingTheQuote()
    {
        using var host = await IndexedHostAsync(AnsweringTestHost.Fixtures);
        var result = await host.Services.GetRequiredService<IAnswerService>().AskAsync(AnswerRequest.Single("Who sanctioned Kestrel Systems?"), Token);
        using var output = new StringWriter();

        await AskVerb.WriteAsync(output, result with { AnswerId = "0123456789" }, Narrow);

        Snapshot.Match("ask", output.ToString());
    }

    [Fact]
    public async Task SearchPrintsRankedHitsWithWrappedSnippetsAndNoRawMarks()
    {
        using var host = await IndexedHostAsync(AnsweringTestHost.Fixtures);
        var hits = await host.Services.GetRequiredService<IPassageSearch>().SearchAsync(new SearchQuery("sanctions surveillance exports", 3), Token);
        using var output = new StringWriter();

        await SearchVerb.WriteHumanAsync(hits, output, Narrow);

        Snapshot.Match("search", output.ToString());
    }

    [Fact]
    public async Task SearchOnATerminalHighlightsMatchesInColour()
    {
        using var host = await IndexedHostAsync(AnsweringTestHost.Fixtures);
        var hits = await host.Services.GetRequiredService<IPassageSearch>().SearchAsync(new SearchQuery("sanctions", 1), Token);
        using var output = new StringWriter();

        await SearchVerb.WriteHumanAsync(hits, output, Narrow with { Colour = true });

        output.ToString().ShouldContain("\u001b[1;33m");
        output.ToString().ShouldNotContain("**");
    }

    [Fact]
    public async Task TimelineGroupsEntriesByYearWithTheUndatedLast()
    {
        using var host = await IndexedHostAsync(AnsweringTestHost.Seeds);
        var timeline = await host.Services.GetRequiredService<ClaimCatalog>().TimelineAsync("Huawei", Token);
        using var output = new StringWriter();

        await TimelineVerb.WriteAsync(output, "Huawei", timeline, Narrow);

        Snapshot.Match("timeline", output.ToString());
    }

    [Fact]
    public async Task ClaimsGroupsByStanceWithActorsInWords()
    {
        using var host = await IndexedHostAsync(Path.Combine(AnsweringTestHost.RepositoryRoot(), "eval", "fixtures"));
        var claims = await host.Services.GetRequiredService<ClaimCatalog>().ListClaimsAsync("Quellink", Token);
        using var output = new StringWriter();

        await ClaimsVerb.WriteAsync(output, "Quellink", claims, Narrow);

        Snapshot.Match("claims", output.ToString());
    }

    private async Task<IHost> IndexedHostAsync(string documents)
    {
        var database = Path.Combine(_root, Path.GetFileName(documents) + ".db");
        var (exitCode, _, error) = await CliRun.RunAsync("index", documents, "--db", database);
        exitCode.ShouldBe(CliExitCodes.Success, error);
        return VendorBotHost.CreateBuilder(new Dictionary<string, string?>
        {
            ["Knowledge:DatabasePath"] = database,
            ["Answering:LogAnswers"] = "false",
            ["Answering:PromptsPath"] = Path.Combine(AnsweringTestHost.RepositoryRoot(), "prompts"),
        }).Build();
    }

    private static class Snapshot
    {
        public static void Match(string name, string actual)
        {
            var path = Path.Combine(AnsweringTestHost.RepositoryRoot(), "tests", "VendorBot.Tests", "Cli", "Snapshots", name + ".txt");
            actual = actual.ReplaceLineEndings("\n");
            if (Environment.GetEnvironmentVariable("VENDORBOT_UPDATE_SNAPSHOTS") == "1" || !File.Exists(path))
            {
                File.WriteAllText(path, actual);
                Assert.Fail($"snapshot '{name}' written to {path}; review it and run again");
            }

            actual.ShouldBe(File.ReadAllText(path).ReplaceLineEndings("\n"));
            actual.Split('\n').ShouldAllBe(line => line.Length <= 60);
        }
    }
}
