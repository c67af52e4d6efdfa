using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VendorBot.Answering;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Indexing;
using VendorBot.Knowledge.Storage;
using VendorBot.Tests.Answering;

namespace VendorBot.Tests.State;

public sealed class AnswersDuringReindexTests
{
    private const string Question = "What did the ministry accuse Norvatel of?";

    [Fact]
    public async Task FiftyQuestionsAreAnsweredAndLoggedWhileAReindexHoldsTheIndexWriteTransaction()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await AnsweringTestHost.StartAsync(AnsweringTestHost.Fixtures);
        await File.AppendAllTextAsync(Path.Combine(host.Documents, "norvatel-denial.md"), "\nA changed paragraph so the reindex writes.\n", ct);
        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = host.Services.GetRequiredService<IOptions<KnowledgeOptions>>();
        using var indexer = new KnowledgeIndexer(
            host.Services.GetRequiredService<KnowledgeDatabase>(), options, TimeProvider.System, NullLogger<KnowledgeIndexer>.Instance, async (_, token) =>
            {
                writing.TrySetResult();
                await release.Task.WaitAsync(token);
            });
        var reindex = indexer.ReindexAsync(host.Documents, null, ct);
        await writing.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(
            async () =>
            {
                // The reindex holds its write transaction until every one of these returned: none can wait for it.
                var answer = await host.Answers.AskAsync(AnswerRequest.Single(Question), ct);
                return answer;
            },
            ct)));
        var stillWriting = !reindex.IsCompleted;
        release.SetResult();
        var report = await reindex;

        stillWriting.ShouldBeTrue();
        answers.ShouldAllBe(a => a.Outcome == AnswerOutcome.Answered);
        foreach (var answer in answers)
        {
            (await host.Log.GetAsync(answer.AnswerId, ct)).ShouldNotBeNull();
        }

        report.Updated.ShouldBe(1);
    }
}
