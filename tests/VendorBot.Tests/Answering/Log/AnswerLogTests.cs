using VendorBot.Answering;

namespace VendorBot.Tests.Answering.Log;

public sealed class AnswerLogTests
{
    private const string Question = "What did the ministry accuse Norvatel of?";

    [Fact]
    public async Task AnAnswerIsLoggedWithCopiesOfItsSourcesBeforeItIsReturned()
    {
        await using var host = await AnsweringTestHost.StartAsync(AnsweringTestHost.Fixtures);

        var answer = await host.AskAsync(Question);
        var logged = await host.Log.GetAsync(answer.AnswerId, TestContext.Current.CancellationToken);

        logged.ShouldNotBeNull();
        logged.Text.ShouldBe(answer.Text);
        logged.Mode.ShouldBe(AnswerMode.Extractive);
        logged.Sources.ShouldBe(answer.Citations);
    }

    [Fact]
    public async Task SourcesOfAnOldAnswerSurviveAReindexThatChangedAndRemovedItsDocuments()
    {
        await using var host = await AnsweringTestHost.StartAsync(AnsweringTestHost.Fixtures);
        var answer = await host.AskAsync(Question);
        await File.WriteAllTextAsync(
            Path.Combine(host.Documents, "norvatel-ministry-backdoor.md"),
            "---\ntitle: \"Rewritten\"\n---\nNothing about routers any more.\n",
            TestContext.Current.CancellationToken);
        File.Delete(Path.Combine(host.Documents, "norvatel-denial.md"));

        var report = await host.ReindexAsync();
        var logged = await host.Log.GetAsync(answer.AnswerId, TestContext.Current.CancellationToken);

        (report.Updated + report.Removed).ShouldBe(2);
        logged.ShouldNotBeNull().Sources.ShouldBe(answer.Citations);
        logged.Sources.ShouldContain(s => s.PassageText.Contains("accused Norvatel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheLatestAnswerInAChannelIsFoundAndItsMessageIdRecorded()
    {
        await using var host = await AnsweringTestHost.StartAsync(AnsweringTestHost.Fixtures);
        var origin = new AnswerOrigin("guild-1", "channel-1", "user-1");
        var ct = TestContext.Current.CancellationToken;
        await host.Answers.AskAsync(new AnswerRequest(Question, [], Origin: origin), ct);
        var second = await host.Answers.AskAsync(new AnswerRequest("Who sanctioned Kestrel Systems?", [], Origin: origin), ct);
        await host.Answers.AskAsync(new AnswerRequest(Question, [], Origin: origin with { ChannelId = "channel-2" }), ct);

        var recorded = await host.Log.SetMessageIdAsync(second.AnswerId, "message-9", ct);
        var latest = await host.Log.GetLatestInChannelAsync("channel-1", ct);

        recorded.ShouldBeTrue();
        latest.ShouldNotBeNull().AnswerId.ShouldBe(second.AnswerId);
        latest.MessageId.ShouldBe("message-9");
        (await host.Log.GetLatestInChannelAsync("channel-3", ct)).ShouldBeNull();
        (await host.Log.SetMessageIdAsync("unknown", "message-1", ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task EachUserHasOneVoteAndCanChangeIt()
    {
        await using var host = await AnsweringTestHost.StartAsync(AnsweringTestHost.Fixtures);
        var ct = TestContext.Current.CancellationToken;
        var answer = await host.AskAsync(Question);

        await host.Log.RecordFeedbackAsync(answer.AnswerId, "alice", helpful: true, ct);
        await host.Log.RecordFeedbackAsync(answer.AnswerId, "bob", helpful: true, ct);
        var changed = await host.Log.RecordFeedbackAsync(answer.AnswerId, "bob", helpful: false, ct);

        changed.ShouldBe(new(Helpful: 1, NotHelpful: 1));
        (await host.Log.GetFeedbackAsync(answer.AnswerId, ct)).ShouldBe(new(1, 1));
        (await host.Log.RecordFeedbackAsync("unknown", "alice", helpful: true, ct)).ShouldBeNull();
    }
}
