using System.Text.Json;
using VendorBot.Cli;
using VendorBot.Tests.Answering;

namespace VendorBot.Tests.Cli;

public sealed class AnswerVerbsTests : IDisposable
{
    private readonly string _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "vendorbot-cli-" + Guid.NewGuid().ToString("N"))).FullName;

    private string Database => Path.Combine(_root, "index.db");

    [Fact]
    public async Task AskPrintsTheAnswerWithItsNumberedSources()
    {
        await IndexAsync(AnsweringTestHost.Fixtures);

        var (exitCode, output, error) = await RunAsync("ask", "Who sanctioned Kestrel Systems?", "--db", Database);

        exitCode.ShouldBe(CliExitCodes.Success, error);
        output.ShouldContain("Ostland Gazette (2022-11-02) reports:");
        output.ShouldContain("Sources:\n[1] Ostland sanctions Kestrel Systems over surveillance exports — Ostland Gazette, 2022-11-02\n");
        output.ShouldContain("extractive: no model configured");
    }

    [Fact]
    public async Task AskWithJsonPrintsTheAnswerRecord()
    {
        await IndexAsync(AnsweringTestHost.Fixtures);

        var (exitCode, output, _) = await RunAsync("ask", "Who sanctioned Kestrel Systems?", "--db", Database, "--json");

        exitCode.ShouldBe(CliExitCodes.Success);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("mode").GetString().ShouldBe("extractive");
        json.RootElement.GetProperty("outcome").GetString().ShouldBe("answered");
        json.RootElement.GetProperty("citations")[0].GetProperty("publisher").GetString().ShouldBe("Ostland Gazette");
        json.RootElement.GetProperty("timings").GetProperty("retrievalMs").GetDouble().ShouldBeGreaterThan(0);
        output.ShouldNotContain("\\u");
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("?!?", "punctuation")]
    public async Task AMalformedQuestionIsOneClearErrorLineAndTheUsageCode(string question, string problem)
    {
        await IndexAsync(AnsweringTestHost.Fixtures);

        var (exitCode, _, error) = await RunAsync("ask", question, "--db", Database);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.ShouldStartWith("error: ");
        error.ShouldContain(problem);
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task AnOverlongQuestionIsRefusedWithItsLength()
    {
        await IndexAsync(AnsweringTestHost.Fixtures);

        var (exitCode, _, error) = await RunAsync("ask", new string('x', 12_000), "--db", Database);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.ShouldContain("12,000 characters long");
    }

    [Fact]
    public async Task AFreshIndexIsBuiltFromTheDocumentsFolderBeforeAnswering()
    {
        using var error = new StringWriter();
        var settings = new Dictionary<string, string?> { ["Knowledge:DocumentsPath"] = AnsweringTestHost.Fixtures, ["Knowledge:DatabasePath"] = Database };

        using (await AskVerb.StartAsync(db: null, error, TestContext.Current.CancellationToken, settings))
        {
            error.ToString().ShouldContain("The index was empty: indexed 4 documents");
        }

        var (exitCode, output, _) = await RunAsync("ask", "Who sanctioned Kestrel Systems?", "--db", Database);
        exitCode.ShouldBe(CliExitCodes.Success);
        output.ShouldContain("Ostland");
    }

    [Fact]
    public async Task AskOnAnEmptyIndexTheUserNamedSaysHowToFillItAndDoesNotSeedIt()
    {
        var (exitCode, _, error) = await RunAsync("ask", "Who sanctioned Kestrel Systems?", "--db", Database);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.Trim().ShouldBe($"error: the index '{Database}' does not exist; fill it with 'vendorbot index <folder> --db {Database}'");
        File.Exists(Database).ShouldBeFalse();
    }

    [Fact]
    public async Task EvalReportsEachQuestionBadLinesByNumberAndFailsWhenAnyFails()
    {
        await IndexAsync(AnsweringTestHost.Fixtures);
        var questions = Path.Combine(_root, "questions.jsonl");
        await File.WriteAllLinesAsync(
            questions,
            [
                """{"id":"q1","question":"Who sanctioned Kestrel Systems?","expect":"answer","must_mention_any":["Ostland"],"must_quote_any":["imposed sanctions"]}""",
                """{"id":"q2","question":"What is Zentrix accused of?","expect":"no_answer"}""",
                "{ this is not json",
                """{"id":"q4","question":"Who sanctioned Kestrel Systems?","expect":"answer","must_mention_any":["Veloria"]}""",
                """{"id":"q5","question":"Who?","expect":"maybe"}""",
            ],
            TestContext.Current.CancellationToken);

        var (exitCode, output, _) = await RunAsync("eval", questions, "--db", Database);

        exitCode.ShouldBe(CliExitCodes.Failure);
        output.ShouldContain("PASS q1: answered with");
        output.ShouldContain("PASS q2: declined as expected");
        output.ShouldContain("FAIL line 3: not valid JSON at position 3");
        output.ShouldContain("FAIL q4: the answer mentions none of: Veloria");
        output.ShouldContain("FAIL line 5: \"expect\" must be");
        output.ShouldContain("2/5 passed (40.0 %)");
        output.ShouldContain("answering: precision 100.0 % (2/2 answers were to answerable questions), recall 100.0 %");
        output.ShouldContain("declining: 1/1 no_answer questions declined");
        output.ShouldContain("vendors not asked about: 0 answers state something about a vendor the question doesn't name");
    }

    [Fact]
    public async Task EvalOfAFileWithNoQuestionsIsAUsageError()
    {
        var questions = Path.Combine(_root, "empty.jsonl");
        await File.WriteAllTextAsync(questions, "\n  \n", TestContext.Current.CancellationToken);

        var (exitCode, _, error) = await RunAsync("eval", questions, "--db", Database);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.ShouldContain("has no questions");
    }

    [Fact]
    public async Task EvalPassesEverySharedSeedQuestionInExtractiveMode()
    {
        var questions = Path.Combine(AnsweringTestHost.RepositoryRoot(), "..", "shared", "eval", "seed-questions.jsonl");
        Assert.SkipUnless(File.Exists(questions), "../shared/eval is not beside this clone");
        await IndexAsync(AnsweringTestHost.Seeds);

        var (exitCode, output, _) = await RunAsync("eval", questions, "--db", Database);

        output.ShouldContain("7/7 passed (100.0 %)");
        exitCode.ShouldBe(CliExitCodes.Success);
    }

    [Fact]
    public async Task EvalOfAMissingFileIsAUsageError()
    {
        var (exitCode, _, error) = await RunAsync("eval", Path.Combine(_root, "none.jsonl"), "--db", Database);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.ShouldContain("does not exist");
    }

    [Fact]
    public async Task ChatAnswersFollowUpsUntilExit()
    {
        await using var host = await AnsweringTestHost.StartAsync(AnsweringTestHost.Seeds);
        using var input = new StringReader("What did Huawei threaten BES with?\n\nand what did the UK do?\nexit\nWho imposed sanctions on Huawei?\n");
        using var output = new StringWriter();

        await ChatVerb.RunAsync(host.Answers, input, output, showPrompt: false, TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        output.ToString().ShouldContain("cancel the deal");
        output.ToString().ShouldContain("UK suspended its 5G plans");
        output.ToString().ShouldNotContain("Trump");
    }

    [Fact]
    public async Task ChatEndsAtTheEndOfPipedInput()
    {
        await using var host = await AnsweringTestHost.StartAsync(AnsweringTestHost.Seeds);
        using var input = new StringReader("Who imposed sanctions on Huawei?");
        using var output = new StringWriter();

        await ChatVerb.RunAsync(host.Answers, input, output, showPrompt: false, TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        output.ToString().ShouldContain("Trump has imposed sanctions");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private async Task IndexAsync(string folder)
    {
        var (exitCode, _, error) = await RunAsync("index", folder, "--db", Database);
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
