using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorBot.Answering.Conversation;
using VendorBot.Answering.Extractive;
using VendorBot.Answering.Log;
using VendorBot.Answering.Model;
using VendorBot.Answering.Relevance;
using VendorBot.Answering.Understanding;
using VendorBot.Knowledge;

namespace VendorBot.Answering;

/// <summary>
/// The answering pipeline: check the question, condense a follow-up, retrieve, gate on relevance (no model call without
/// relevant evidence), compose with the model (citations checked) or extractively, log, return.
/// </summary>
internal sealed class AnswerService(
    IPassageSearch search,
    QuestionAnalyzer analyzer,
    RelevanceGate gate,
    ModelComposer model,
    QuestionCondenser condenser,
    IAnswerLog answerLog,
    IOptions<AnswerOptions> options,
    IOptions<LlmOptions> llmOptions,
    AnsweringMetrics metrics,
    TimeProvider time,
    ILogger<AnswerService> logger) : IAnswerService
{
    /// <summary>The answer given when the evidence does not cover the question.</summary>
    public const string NotCoveredText = "The sources I have don't cover this";

    /// <inheritdoc />
    public async Task<AnswerResult> AskAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        AnswerResult? result = null;
        await foreach (var progress in StreamAsync(request, cancellationToken).ConfigureAwait(false))
        {
            result = progress.Result ?? result;
        }

        return result ?? throw new InvalidOperationException("the answer stream ended without a result");
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AnswerProgress> StreamAsync(AnswerRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var answerId = AnswerIds.Next();
        var started = time.GetTimestamp();
        var question = request.Question;
        if (QuestionRules.Problem(question) is { } problem)
        {
            var zero = new AnswerTimings(TimeSpan.Zero, TimeSpan.Zero);
            yield return Done(new AnswerResult(answerId, question, question, problem, [], AnswerOutcome.InvalidQuestion, AnswerMode.Extractive, "invalid question", zero));
            yield break;
        }

        yield return new AnswerProgress(AnswerStage.Retrieving);
        var standalone = await condenser.CondenseAsync(question, request.History, cancellationToken).ConfigureAwait(false);
        var retrievalStarted = time.GetTimestamp();
        var analysis = await analyzer.AnalyzeAsync(standalone, cancellationToken).ConfigureAwait(false);
        var query = new SearchQuery(analysis.SearchText, options.Value.RetrievedPassages, request.Vendor, request.Vendors) { Expansions = analysis.Expansions(), Snippets = false };
        var retrieved = analysis.Refusal is null ? await search.SearchAsync(query, cancellationToken).ConfigureAwait(false) : [];
        var verdict = await gate.AssessAsync(analysis, retrieved, cancellationToken).ConfigureAwait(false);
        var evidence = verdict.Evidence;
        var retrieval = time.GetElapsedTime(retrievalStarted);
        AnsweringLog.Retrieved(logger, answerId, evidence.Count, verdict.Reason);

        var draft = new AnswerDraft(string.Empty, []);
        var mode = AnswerMode.Extractive;
        var reason = model.IsAvailable ? "no model call: the evidence is not relevant" : "no model configured";
        if (verdict.IsCovered)
        {
            yield return new AnswerProgress(AnswerStage.Composing);
            if (model.IsAvailable)
            {
                var stream = new ModelStream(token => model.StreamAnswerAsync(standalone, evidence, token), llmOptions.Value.Timeout, time, cancellationToken);
                await using (stream.ConfigureAwait(false))
                {
                    while (await stream.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield return new AnswerProgress(AnswerStage.Composing, stream.Text);
                    }
                }

                var (checkedDraft, failure) = stream.Failure is null ? CheckModelAnswer(answerId, stream.Text, evidence) : (draft, stream.Failure);
                if (failure is null)
                {
                    (draft, mode, reason) = (checkedDraft, AnswerMode.Model, "the model answered with checked citations");
                }
                else
                {
                    (mode, reason) = (AnswerMode.Fallback, failure);
                    AnsweringLog.ModelFailed(logger, answerId, failure);
                }
            }

            if (draft.Citations.Count == 0)
            {
                draft = ExtractiveComposer.Compose(analysis, verdict, time.GetUtcNow());
            }
        }

        var outcome = draft.Citations.Count > 0 ? AnswerOutcome.Answered : AnswerOutcome.NotCovered;
        var text = outcome == AnswerOutcome.Answered
            ? draft.Text
            : verdict.Refusal is { } refusal ? $"{refusal}." : string.Create(CultureInfo.InvariantCulture, $"{NotCoveredText} ({verdict.Reason}).");
        var timings = new AnswerTimings(retrieval, time.GetElapsedTime(started) - retrieval);
        var result = new AnswerResult(answerId, question, standalone, text, draft.Citations, outcome, mode, reason, timings);
        if (options.Value.LogAnswers)
        {
            await answerLog.SaveAsync(result, request.Origin, cancellationToken).ConfigureAwait(false);
        }

        metrics.Record(result);
        AnsweringLog.Answered(logger, answerId, outcome, mode, result.Citations.Count, (timings.Retrieval + timings.Composition).TotalMilliseconds);
        yield return Done(result);
    }

    private (AnswerDraft Draft, string? Failure) CheckModelAnswer(string answerId, string answer, IReadOnlyList<SearchHit> evidence)
    {
        var check = CitationChecker.Check(answer, evidence.Count);
        if (check.RemovedMarkers > 0)
        {
            AnsweringLog.InvalidCitationsRemoved(logger, answerId, check.RemovedMarkers);
        }

        if (check.CitedNumbers.Count == 0)
        {
            return (new AnswerDraft(string.Empty, []), "the model's answer cited no valid source");
        }

        var supported = SupportChecker.Check(check.Text, evidence);
        if (supported.Removed.Count > 0)
        {
            AnsweringLog.UnsupportedSentencesRemoved(logger, answerId, supported.Removed.Count);
        }

        if (supported.CitedNumbers.Count == 0)
        {
            return (new AnswerDraft(string.Empty, []), "no sentence of the model's answer is supported by the passage it cites");
        }

        var citations = supported.CitedNumbers
            .Select(n => ExtractiveComposer.ToCitation(n, evidence[n - 1], ExtractiveComposer.BestSentence(evidence[n - 1], supported.Text)))
            .ToList();
        return (new AnswerDraft(supported.Text, citations), null);
    }

    private static AnswerProgress Done(AnswerResult result) => new(AnswerStage.Completed, Result: result);
}
