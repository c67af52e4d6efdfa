using System.Text.Json;
using VendorBot.Cli;
using VendorBot.Tests.Knowledge.Search;

namespace VendorBot.Tests.Cli;

public sealed class SearchVerbTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("-3")]
    [InlineData("99999999999")]
    public async Task ATopOutsideTheAllowedRangeIsAUsageError(string top)
    {
        using var index = await IndexAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CliApplication.RunAsync(["search", "backdoor", "--db", index.DatabasePath, "--top", top], output, error);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.ToString().ShouldContain("--top must be a whole number from 1 to 1000");
    }

    [Fact]
    public async Task AMissingIndexIsAUsageErrorAndIsNotCreated()
    {
        var path = Path.Combine(Path.GetTempPath(), "vendorbot-tests", Guid.NewGuid().ToString("N"), "none.db");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CliApplication.RunAsync(["search", "backdoor", "--db", path], output, error);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.ToString().ShouldStartWith("error: the index");
        File.Exists(path).ShouldBeFalse();
    }

    [Fact]
    public async Task JsonOutputListsTheHitsWithTheirSources()
    {
        using var index = await IndexAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CliApplication.RunAsync(["search", "backdoor", "--db", index.DatabasePath, "--json", "--vendor", "HUAWEI"], output, error);

        exitCode.ShouldBe(CliExitCodes.Success, error.ToString());
        using var json = JsonDocument.Parse(output.ToString());
        var hit = json.RootElement.EnumerateArray().ShouldHaveSingleItem();
        hit.GetProperty("rank").GetInt32().ShouldBe(1);
        hit.GetProperty("documentId").GetString().ShouldBe("huawei.md");
        hit.GetProperty("publisher").GetString().ShouldBe("Engadget");
        (hit.GetProperty("snippet").GetString() ?? string.Empty).ShouldContain("**backdoor**");
    }

    [Fact]
    public async Task HumanOutputShowsRankScoreTitlePublisherAndSnippetWithoutRawMarks()
    {
        using var index = await IndexAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CliApplication.RunAsync(["search", "backdoor", "--db", index.DatabasePath, "--top", "1"], output, error);

        exitCode.ShouldBe(CliExitCodes.Success, error.ToString());
        var lines = output.ToString().Split(Environment.NewLine);
        lines[0].ShouldStartWith("  1. [");
        lines[0].ShouldContain("Huawei in Lahore — Engadget");
        output.ToString().ShouldContain("backdoor");
        output.ToString().ShouldNotContain("**");
    }

    [Fact]
    public async Task AQueryOfOnlyOperatorsPrintsNoPassagesAndSucceeds()
    {
        using var index = await IndexAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CliApplication.RunAsync(["search", "\"*(^)-:", "--db", index.DatabasePath], output, error);

        exitCode.ShouldBe(CliExitCodes.Success);
        output.ToString().ShouldContain("No passages found.");
    }

    private static Task<SearchTestIndex> IndexAsync() => SearchTestIndex.CreateAsync(
        SearchTestIndex.Document("huawei.md", "Huawei in Lahore", "Huawei wanted a backdoor in the safe city project.", ["Huawei"], "Engadget"),
        SearchTestIndex.Document("zte.md", "ZTE export rules", "The export ban hit ZTE; a backdoor was never alleged.", ["ZTE"], "FT"));
}
