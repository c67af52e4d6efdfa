using System.Runtime.CompilerServices;
using VendorBot.Answering;

namespace VendorBot.Tests.EndToEnd;

/// <summary>
/// A fake answering pipeline: streams the scripted partial texts, waits for <see cref="Gate"/> when set, then returns a
/// cited answer with <see cref="Text"/>. Counts the questions it was asked.
/// </summary>
internal sealed class ScriptedAnswerService : IAnswerService
{
    private int _asked;

    public string Text { get; init; } = "Scripted answer [1].";

    public IReadOnlyList<string> Partials { get; init; } = [];

    public TaskCompletionSource? Gate { get; init; }

    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Asked => Volatile.Read(ref _asked);

    public async Task<AnswerResult> AskAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        AnswerResult? result = null;
        await foreach (var progress in StreamAsync(request, cancellationToken))
        {
            result = progress.Result ?? result;
        }

        return result!;
    }

    public async IAsyncEnumerable<AnswerProgress> StreamAsync(AnswerRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _asked);
        Started.TrySetResult();
        foreach (var partial in Partials)
        {
            yield return new AnswerProgress(AnswerStage.Composing, partial);
        }

        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        var citation = new Citation(1, "p1", "doc", "Scripted source", "Example", "https://example.org/s", null, "quote", "passage");
        yield return new AnswerProgress(
            AnswerStage.Completed,
            Result: new AnswerResult("scripted" + Asked, request.Question, request.Question, Text, [citation], AnswerOutcome.Answered, AnswerMode.Model, "scripted", new AnswerTimings(TimeSpan.Zero, TimeSpan.Zero)));
    }
}
