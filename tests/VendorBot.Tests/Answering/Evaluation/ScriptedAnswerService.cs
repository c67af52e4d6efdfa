using System.Runtime.CompilerServices;
using VendorBot.Answering;

namespace VendorBot.Tests.Answering.Evaluation;

/// <summary>An answer service that answers every question with the same quotes, each cited.</summary>
internal sealed class ScriptedAnswerService(params string[] quotes) : IAnswerService
{
    public async IAsyncEnumerable<AnswerProgress> StreamAsync(AnswerRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield break;
    }

    public Task<AnswerResult> AskAsync(AnswerRequest request, CancellationToken cancellationToken) => Task.FromResult(Answer(quotes));

    public static AnswerResult Answer(params string[] quotes) => new(
        "a1",
        "q",
        "q",
        string.Join(" ", quotes.Select((q, i) => $"“{q}” [{i + 1}]")),
        quotes.Select((q, i) => new Citation(i + 1, $"doc.md#{i}", "doc.md", "A report", "Some Paper", null, new DateOnly(2023, 3, 14), q, q)).ToList(),
        quotes.Length == 0 ? AnswerOutcome.NotCovered : AnswerOutcome.Answered,
        AnswerMode.Extractive,
        "test",
        new AnswerTimings(TimeSpan.Zero, TimeSpan.Zero));
}
