using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace VendorBot.Answering.Evaluation;

/// <summary>
/// Runs an evaluation file (JSON lines) through the answering pipeline and judges each answer. A line that is not
/// valid JSON or lacks a field fails with its line number; the other lines still run. Statements about vendors the
/// question does not name are counted apart (<see cref="EvalOutcome.Leaks"/>), they do not change the verdict.
/// </summary>
internal sealed class AnswerEvaluator(IAnswerService answers, VendorLeakJudge vendors)
{
    /// <summary>Judges each non-blank line of <paramref name="lines"/> in order.</summary>
    public async IAsyncEnumerable<EvalOutcome> RunAsync(IAsyncEnumerable<string> lines, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var number = 0;
        await foreach (var line in lines.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (question, problem) = Parse(line);
            if (question is null)
            {
                yield return new EvalOutcome(number, $"line {number}", false, problem, null);
                continue;
            }

            var answer = await answers.AskAsync(AnswerRequest.Single(question.Question!), cancellationToken).ConfigureAwait(false);
            var attribution = AttributionJudge.Score(question.MustAttribute, answer);
            var failure = Judge(question, answer)
                ?? (attribution is { Missing.Count: > 0 } ? $"not attributed: {string.Join(", ", attribution.Missing)}" : null);
            yield return new EvalOutcome(number, question.Id!, failure is null, failure ?? Describe(answer), answer)
            {
                Attribution = attribution,
                Tags = question.Tags ?? [],
                Expect = question.Expect,
                Leaks = vendors.Leaks(question.Question!, answer),
            };
        }
    }

    /// <summary>Returns why <paramref name="answer"/> fails <paramref name="question"/>'s expectations, or null when it passes.</summary>
    public static string? Judge(EvalQuestion question, AnswerResult answer)
    {
        if (question.Expect == EvalQuestion.ExpectNoAnswer)
        {
            return answer.Outcome == AnswerOutcome.NotCovered && answer.Citations.Count == 0
                ? null
                : $"expected no answer, got {answer.Outcome} with {answer.Citations.Count} citations";
        }

        if (answer.Outcome != AnswerOutcome.Answered)
        {
            return $"expected an answer, got {answer.Outcome}: {answer.Text}";
        }

        if (question.MustMentionAny is { Count: > 0 } mentions && !mentions.Any(m => answer.Text.Contains(m, StringComparison.OrdinalIgnoreCase)))
        {
            return $"the answer mentions none of: {string.Join(", ", mentions)}";
        }

        if (question.MustQuoteAny is { Count: > 0 } quotes
            && !quotes.Any(q => answer.Citations.Any(c => c.Quote.Contains(q, StringComparison.OrdinalIgnoreCase))))
        {
            return $"no citation quotes any of: {string.Join(", ", quotes)}";
        }

        return null;
    }

    private static (EvalQuestion? Question, string Problem) Parse(string line)
    {
        EvalQuestion? question;
        try
        {
            question = JsonSerializer.Deserialize<EvalQuestion>(line);
        }
        catch (JsonException ex)
        {
            return (null, ex.BytePositionInLine is { } position
                ? string.Create(CultureInfo.InvariantCulture, $"not valid JSON at position {position + 1}")
                : "not valid JSON");
        }

        return question switch
        {
            null => (null, "not a JSON object"),
            { Id: null or "" } => (null, "missing \"id\""),
            { Question: null } => (null, "missing \"question\""),
            { Expect: not (EvalQuestion.ExpectAnswer or EvalQuestion.ExpectNoAnswer) } =>
                (null, $"\"expect\" must be \"{EvalQuestion.ExpectAnswer}\" or \"{EvalQuestion.ExpectNoAnswer}\""),
            _ => (question, string.Empty),
        };
    }

    private static string Describe(AnswerResult answer) => answer.Outcome == AnswerOutcome.Answered
        ? string.Create(CultureInfo.InvariantCulture, $"answered with {answer.Citations.Count} citations")
        : "declined as expected";
}
