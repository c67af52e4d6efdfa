using System.Text.Json;
using VendorBot.Cli;
using VendorBot.Insights;
using VendorBot.State;
using VendorBot.Tests.Insights;
using VendorBot.Tests.State;

namespace VendorBot.Tests.Cli;

public sealed class InsightsVerbTests(PostgresCluster cluster) : IAsyncDisposable
{
    private readonly StateStores _stores = new(cluster);

    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    [Fact]
    public async Task InsightsPrintTheDeclinedTopicsAndTheDailyRateAsTablesAndAsJson()
    {
        var (state, db) = await SeedAsync();

        var (exitCode, output, error) = await CliRun.RunAsync(["insights", "--state", state, "--db", db]);
        var (jsonExit, json, _) = await CliRun.RunAsync(["insights", "--days", "2", "--json", "--state", state, "--db", db]);

        exitCode.ShouldBe(CliExitCodes.Success, error);
        output.ShouldContain("3 questions, 1 answered, 2 not covered, 0 refused.");
        output.ShouldContain("Questions the sources don't cover, by topic");
        output.ShouldContain("“Did the regulator fine the merger partners?”");
        output.ShouldContain("Answer rate per day");
        output.ShouldContain("No answer was voted not helpful.");
        output.ShouldNotContain("The answers log is off");
        jsonExit.ShouldBe(CliExitCodes.Success);
        using var parsed = JsonDocument.Parse(json);
        parsed.RootElement.GetProperty("questions").GetInt32().ShouldBe(3);
        parsed.RootElement.GetProperty("daily").GetArrayLength().ShouldBe(2);
        parsed.RootElement.GetProperty("topics")[0].GetProperty("questions").GetInt32().ShouldBe(2);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("91")]
    public async Task ADayCountOutsideTheLimitsIsAUsageError(string days)
    {
        var (exitCode, _, error) = await CliRun.RunAsync(["insights", "--days", days, "--state", Path.Combine(_stores.Folder, "state.db")]);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.ShouldContain("--days must be between 1 and 90");
    }

    [Fact]
    public void WithTheAnswersLogOffTheReportSaysSoInWords()
    {
        var report = new InsightsReport(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1), LogEnabled: false, Truncated: false, 0, 0, 0, 0, 0, [], [], [],
            [new DailyAnswers(new DateOnly(2026, 12, 1), 0, 0, 0)]);
        using var output = new StringWriter();

        InsightsVerb.Write(report, output, TerminalStyle.Plain);

        output.ToString().ShouldContain("The answers log is off (Answering:LogAnswers is false)");
        output.ToString().ShouldContain("No question was declined as not covered.");
    }

    private async Task<(string State, string Db)> SeedAsync()
    {
        var seed = new AnswerLogSeed(await _stores.OpenAsync(StateProvider.Sqlite));
        var now = TimeProvider.System.GetUtcNow();
        await seed.AnsweredAsync(now.AddMinutes(-30), "Why was the merger investigated?", "Merger inquiry");
        await seed.DeclinedAsync(now.AddMinutes(-20), "Did the regulator fine the merger partners?");
        await seed.DeclinedAsync(now.AddMinutes(-10), "How much was the regulator's fine for the merger?");
        return ((await _stores.SettingsAsync(StateProvider.Sqlite))["State:DatabasePath"]!, Path.Combine(_stores.Folder, "no-index.db"));
    }
}
