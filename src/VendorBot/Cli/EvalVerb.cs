using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VendorBot.Answering;
using VendorBot.Answering.Evaluation;

namespace VendorBot.Cli;

/// <summary>
/// <c>vendorbot eval questions.jsonl [--db path] [--json]</c>: answers every question of the file, prints pass/fail with the
/// reason per question, the pass rate and the attribution accuracy (<c>must_attribute</c> pairs found), and exits 1 when any fails (a bad line counts as a failure, with its line
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

            var console = parse.InvocationConfiguration;
            var noLog = new Dictionary<string, string?> { [$"{AnswerOptions.SectionName}:{nameof(AnswerOptions.LogAnswers)}"] = "false" };
            using var host = await AskVerb.StartAsync(parse.GetValue(db), console.Error, cancellationToken, noLog).ConfigureAwait(false);
            var evaluator = new AnswerEvaluator(host.Services.GetRequiredService<IAnswerService>());
            var outcomes = new List<EvalOutcome>();
            var asJson = parse.GetValue(json);
            var interactive = CliTerminal.IsInteractive(console.Output);
            await foreach (var outcome in evaluator.RunAsync(ReadLinesAsync(path, cancellationToken), cancellationToken).ConfigureAwait(false))
            {
                outcomes.Add(outcome);
                if (!asJson)
                {
                    await console.Output.WriteLineAsync($"{(outcome.Passed ? "PASS" : "FAIL")} {outcome.Id}: {outcome.Reason}").ConfigureAwait(false);
                }
                else if (interactive)
                {
                    await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{outcomes.Count} questions run")).ConfigureAwait(false);
                }
            }

            var passed = outcomes.Count(o => o.Passed);
            var rate = outcomes.Count == 0 ? 0 : (double)passed / outcomes.Count;
            var attributed = outcomes.Sum(o => o.Attribution?.Found ?? 0);
            var expected = outcomes.Sum(o => o.Attribution?.Expected ?? 0);
            var accuracy = expected == 0 ? (double?)null : (double)attributed / expected;
            if (asJson)
            {
                var summary = new { passed, total = outcomes.Count, passRate = rate, attributed, expectedAttributions = expected, attributionAccuracy = accuracy, outcomes };
                await console.Output.WriteLineAsync(JsonSerializer.Serialize(summary, AskVerb.Json)).ConfigureAwait(false);
            }
            else
            {
                await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{passed}/{outcomes.Count} passed ({rate:P1})"))
                    .ConfigureAwait(false);
                if (accuracy is { } value)
                {
                    await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"attribution: {attributed}/{expected} actor/stance pairs ({value:P1})"))
                        .ConfigureAwait(false);
                }
            }

            return passed == outcomes.Count && outcomes.Count > 0 ? CliExitCodes.Success : CliExitCodes.Failure;
        });
        return command;
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
