using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VendorBot.Answering;
using VendorBot.Answering.Evaluation;
using VendorBot.Knowledge.Articles;

namespace VendorBot.Cli;

/// <summary>
/// <c>vendorbot eval questions.jsonl [--db path] [--json]</c>: answers every question of the file, prints pass/fail with the
/// reason per question, the pass rate overall and per tag, precision/recall of answering, the attribution accuracy
/// (<c>must_attribute</c> pairs named in an answer line), the answers that state something about a vendor the question does
/// not name (vendors from the documents' front matter), and exits 1 when any fails (a bad line counts as a failure, with its line
/// number). Answers of an evaluation are not written to the answers log.
/// </summary>
internal static class EvalVerb
{
    /// <summary>Creates the <c>eval</c> command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("questions") { Description = "A JSON lines file: id, question, expect (answer|no_answer), must_mention_any, must_quote_any, must_attribute." };
        var db = DatabaseOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the outcomes as JSON." };
        var command = new Command("eval", "Run a question set and report pass/fail per question and the pass rate.");
        command.Arguments.Add(file);
        command.Options.Add(db);
        command.Options.Add(json);
        CliVerb.SetAction(command, async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file) ?? string.Empty;
            if (!File.Exists(path))
            {
                throw new CliUsageException($"the questions file '{path}' does not exist");
            }

            if (!File.ReadLines(path).Any(line => !string.IsNullOrWhiteSpace(line)))
            {
                throw new CliUsageException($"the questions file '{path}' has no questions (one JSON object a line)");
            }

            var console = parse.InvocationConfiguration;
            var noLog = new Dictionary<string, string?> { [$"{AnswerOptions.SectionName}:{nameof(AnswerOptions.LogAnswers)}"] = "false" };
            using var host = await AskVerb.StartAsync(parse.GetValue(db), console.Error, cancellationToken, noLog).ConfigureAwait(false);
            var documents = await host.Services.GetRequiredService<ArticleLibrary>().ListAsync(null, cancellationToken).ConfigureAwait(false);
            var evaluator = new AnswerEvaluator(host.Services.GetRequiredService<IAnswerService>(), VendorLeakJudge.Of(documents.Select(d => d.Vendors)));
            var outcomes = new List<EvalOutcome>();
            var asJson = parse.GetValue(json);
            var interactive = CliTerminal.IsInteractive(console.Output);
            await foreach (var outcome in evaluator.RunAsync(ReadLinesAsync(path, cancellationToken), cancellationToken).ConfigureAwait(false))
            {
                outcomes.Add(outcome);
                if (!asJson)
                {
                    var leak = outcome.Leaks.Count > 0 ? $" [states something about {string.Join(", ", outcome.Leaks)}, not asked about]" : string.Empty;
                    await console.Output.WriteLineAsync($"{(outcome.Passed ? "PASS" : "FAIL")} {outcome.Id}: {outcome.Reason}{leak}").ConfigureAwait(false);
                }
                else if (interactive)
                {
                    await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{outcomes.Count} questions run")).ConfigureAwait(false);
                }
            }

            var report = EvalReport.Of(outcomes);
            if (asJson)
            {
                var summary = new
                {
                    passed = report.Passed,
                    total = report.Total,
                    passRate = report.PassRate,
                    tags = report.Tags,
                    answering = report.Answering,
                    attributed = report.Attributed,
                    expectedAttributions = report.ExpectedAttributions,
                    attributionAccuracy = report.AttributionAccuracy,
                    leaking = report.Leaking,
                    outcomes,
                };
                await console.Output.WriteLineAsync(JsonSerializer.Serialize(summary, AskVerb.Json)).ConfigureAwait(false);
            }
            else
            {
                foreach (var line in Summary(report))
                {
                    await console.Output.WriteLineAsync(line).ConfigureAwait(false);
                }
            }

            return report.Passed == report.Total ? CliExitCodes.Success : CliExitCodes.Failure;
        });
        return command;
    }

    /// <summary>The summary lines: pass rate, per tag, answering versus declining, attribution.</summary>
    internal static IEnumerable<string> Summary(EvalReport report)
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"{report.Passed}/{report.Total} passed ({report.PassRate:P1})");
        if (report.Tags.Count > 0)
        {
            var width = report.Tags.Max(t => t.Tag.Length);
            yield return "by tag:";
            foreach (var tag in report.Tags)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"  {tag.Tag.PadRight(width)}  {tag.Passed,3}/{tag.Total,-3} {tag.PassRate,7:P1}");
            }
        }

        var answering = report.Answering;
        yield return string.Create(
            CultureInfo.InvariantCulture,
            $"answering: precision {answering.Precision:P1} ({answering.AnsweredWhenExpected}/{answering.Answered} answers were to answerable questions), recall {answering.Recall:P1} ({answering.AnsweredWhenExpected}/{answering.ExpectedAnswers} answerable questions answered)");
        if (answering.ExpectedDeclines > 0)
        {
            yield return string.Create(
                CultureInfo.InvariantCulture, $"declining: {answering.DeclinedWhenExpected}/{answering.ExpectedDeclines} no_answer questions declined ({answering.DeclineRate:P1})");
        }

        if (report.AttributionAccuracy is { } accuracy)
        {
            yield return string.Create(
                CultureInfo.InvariantCulture, $"attribution: {report.Attributed}/{report.ExpectedAttributions} actor/stance pairs named in an answer line ({accuracy:P1})");
        }

        var leaks = string.Join(", ", report.Leaking.Select(l => $"{l.Id} ({string.Join(", ", l.Vendors)})"));
        yield return string.Create(
            CultureInfo.InvariantCulture,
            $"vendors not asked about: {report.Leaking.Count} answers state something about a vendor the question doesn't name{(leaks.Length > 0 ? $": {leaks}" : string.Empty)}");
    }

    private static async IAsyncEnumerable<string> ReadLinesAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            yield return line;
        }
    }
}
