using Microsoft.Extensions.Time.Testing;
using VendorBot.Answering;
using VendorBot.Answering.Log;
using VendorBot.State;
using VendorBot.Tests.State;

namespace VendorBot.Tests.Answering.Log;

/// <summary>The answers log's contract, run against SQLite in a temp folder and a real PostgreSQL server.</summary>
public sealed class AnswerLogContractTests(PostgresCluster cluster) : IAsyncDisposable
{
    private readonly StateStores _stores = new(cluster);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public static TheoryData<StateProvider> Providers => StateStores.Providers;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AnAnswerIsReadBackWithItsCopiedSourcesInOrder(StateProvider provider)
    {
        var log = await LogAsync(provider);
        var answer = Answer("a1", Citation(2, "second"), Citation(1, "first"));

        await log.SaveAsync(answer, new AnswerOrigin("g", "c", "u"), Token);
        var logged = (await log.GetAsync("a1", Token)).ShouldNotBeNull();

        logged.Text.ShouldBe(answer.Text);
        logged.Mode.ShouldBe(AnswerMode.Extractive);
        logged.CreatedAt.ShouldBe(_time.GetUtcNow());
        logged.ChannelId.ShouldBe("c");
        logged.Sources.ShouldBe([Citation(1, "first"), Citation(2, "second")]);
        (await log.GetAsync("missing", Token)).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TheLatestAnswerInAChannelIsTheLastSavedEvenWithinOneInstant(StateProvider provider)
    {
        var log = await LogAsync(provider);
        await log.SaveAsync(Answer("a1"), new AnswerOrigin(null, "c", null), Token);
        await log.SaveAsync(Answer("a2"), new AnswerOrigin(null, "c", null), Token);
        await log.SaveAsync(Answer("a3"), new AnswerOrigin(null, "other", null), Token);

        (await log.SetMessageIdAsync("a2", "m2", Token)).ShouldBeTrue();
        var latest = (await log.GetLatestInChannelAsync("c", Token)).ShouldNotBeNull();

        latest.AnswerId.ShouldBe("a2");
        latest.MessageId.ShouldBe("m2");
        (await log.SetMessageIdAsync("missing", "m", Token)).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task EachUserHasOneVoteThatTheyCanChange(StateProvider provider)
    {
        var log = await LogAsync(provider);
        await log.SaveAsync(Answer("a1"), null, Token);

        await log.RecordFeedbackAsync("a1", "alice", helpful: true, Token);
        await log.RecordFeedbackAsync("a1", "bob", helpful: true, Token);
        var changed = await log.RecordFeedbackAsync("a1", "bob", helpful: false, Token);

        changed.ShouldBe(new FeedbackTally(1, 1));
        (await log.GetFeedbackAsync("a1", Token)).ShouldBe(new FeedbackTally(1, 1));
        (await log.RecordFeedbackAsync("missing", "alice", helpful: true, Token)).ShouldBeNull();
        (await log.GetFeedbackAsync("missing", Token)).ShouldBe(new FeedbackTally(0, 0));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ConcurrentClicksFromTwoProcessesLeaveOneVotePerUser(StateProvider provider)
    {
        var first = await LogAsync(provider);
        var second = await LogAsync(provider);
        await first.SaveAsync(Answer("a1"), null, Token);
        string[] users = ["u1", "u2", "u3", "u4", "u5"];

        await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            (i % 2 == 0 ? first : second).RecordFeedbackAsync("a1", users[i % users.Length], helpful: i % 3 == 0, Token)));
        var tally = await second.GetFeedbackAsync("a1", Token);

        (tally.Helpful + tally.NotHelpful).ShouldBe(users.Length);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TheQuestionsSinceATimeComeNewestFirstWithTheirSourcesVotesAndServer(StateProvider provider)
    {
        var log = await LogAsync(provider);
        await log.SaveAsync(Answer("before"), new AnswerOrigin("g1", "c", "u"), Token);
        _time.Advance(TimeSpan.FromDays(2));
        var since = _time.GetUtcNow();
        await log.SaveAsync(Answer("cited", Citation(1, "first"), Citation(2, "second")), new AnswerOrigin("g1", "c", "u"), Token);
        await log.RecordFeedbackAsync("cited", "alice", helpful: false, Token);
        await log.RecordFeedbackAsync("cited", "bob", helpful: false, Token);
        await log.RecordFeedbackAsync("cited", "carol", helpful: true, Token);
        _time.Advance(TimeSpan.FromMinutes(1));
        await log.SaveAsync(Answer("declined"), new AnswerOrigin("g2", "c", "u"), Token);

        var all = await log.ListSinceAsync(since, null, 10, Token);
        var inFirstServer = await log.ListSinceAsync(since, "g1", 10, Token);
        var newest = await log.ListSinceAsync(since, null, 1, Token);

        all.Select(q => q.AnswerId).ShouldBe(["declined", "cited"]);
        var cited = all[1];
        cited.Answered.ShouldBeTrue();
        cited.GuildId.ShouldBe("g1");
        cited.Question.ShouldBe("What happened?");
        cited.Sources.ShouldBe([new LoggedSource(1, "doc.md", "A title", "Publisher", "https://example.org/a"), new LoggedSource(2, "doc.md", "A title", null, null)]);
        cited.Feedback.ShouldBe(new FeedbackTally(1, 2));
        all[0].Answered.ShouldBeFalse();
        all[0].Feedback.ShouldBe(new FeedbackTally(0, 0));
        inFirstServer.ShouldHaveSingleItem().AnswerId.ShouldBe("cited");
        newest.ShouldHaveSingleItem().AnswerId.ShouldBe("declined");
    }

    private async Task<StateAnswerLog> LogAsync(StateProvider provider) => new(await _stores.OpenAsync(provider), _time);

    private static AnswerResult Answer(string id, params Citation[] citations) =>
        new(id, "What happened?", "What happened?", "Something happened [1].", citations, AnswerOutcome.Answered, AnswerMode.Extractive, "no model configured",
            new AnswerTimings(TimeSpan.FromMilliseconds(3), TimeSpan.FromMilliseconds(4)));

    private static Citation Citation(int number, string text) =>
        new(number, $"p{number}", "doc.md", "A title", number == 1 ? "Publisher" : null, number == 1 ? "https://example.org/a" : null,
            number == 1 ? new DateOnly(2024, 5, 6) : null, text, $"The whole passage: {text}.");
}
