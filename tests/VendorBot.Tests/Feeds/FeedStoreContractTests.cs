using VendorBot.Feeds;
using VendorBot.State;
using VendorBot.Tests.State;

namespace VendorBot.Tests.Feeds;

/// <summary>The feed store's contract, on the SQLite state file and on a real PostgreSQL server.</summary>
public sealed class FeedStoreContractTests(PostgresCluster cluster) : IAsyncDisposable
{
    private static readonly Uri Url = new("https://news.example.test/feed.xml");
    private readonly StateStores _stores = new(cluster);
    private readonly TimeProvider _time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    [Theory]
    [MemberData(nameof(StateStores.Providers), MemberType = typeof(StateStores))]
    public async Task AFeedFollowedTwiceIsOneFeedAndItsPollOutcomeIsKept(StateProvider provider)
    {
        var store = new StateFeedStore(await _stores.OpenAsync(provider), _time);
        var ct = TestContext.Current.CancellationToken;

        var first = await store.AddAsync(Url, null, ["Norvatel"], ["backdoor"], "cli:ana", ct);
        var again = await store.AddAsync(Url, "ignored", [], [], "cli:bo", ct);
        await store.RecordPollAsync(
            first with { Title = "Tech news", ETag = "\"v1\"", LastPolledAt = _time.GetUtcNow(), NextPollAt = _time.GetUtcNow().AddMinutes(30), LastError = "HTTP 503", ConsecutiveFailures = 2 },
            ct);

        again.Id.ShouldBe(first.Id);
        var stored = (await store.ListAsync(ct)).ShouldHaveSingleItem();
        stored.Url.ShouldBe(Url);
        stored.Vendors.ShouldBe(["Norvatel"]);
        stored.Keywords.ShouldBe(["backdoor"]);
        stored.AddedBy.ShouldBe("cli:ana");
        stored.Title.ShouldBe("Tech news");
        stored.ETag.ShouldBe("\"v1\"");
        stored.NextPollAt.ShouldBe(_time.GetUtcNow().AddMinutes(30));
        stored.LastError.ShouldBe("HTTP 503");
        stored.ConsecutiveFailures.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(StateStores.Providers), MemberType = typeof(StateStores))]
    public async Task SeenItemsAreRememberedPerFeedAndForgottenWithTheFeed(StateProvider provider)
    {
        var store = new StateFeedStore(await _stores.OpenAsync(provider), _time);
        var ct = TestContext.Current.CancellationToken;
        var feed = await store.AddAsync(Url, null, [], [], "test", ct);
        var other = await store.AddAsync(new Uri("https://other.example.test/atom.xml"), null, [], [], "test", ct);

        await store.MarkSeenAsync(feed.Id, [("a", "doc-a"), ("b", null)], _time.GetUtcNow(), ct);
        await store.MarkSeenAsync(feed.Id, [("a", null)], _time.GetUtcNow(), ct);

        (await store.SeenAsync(feed.Id, ["a", "b", "c"], ct)).ShouldBe(["a", "b"], ignoreOrder: true);
        (await store.SeenAsync(other.Id, ["a", "b"], ct)).ShouldBeEmpty();
        (await store.RemoveAsync(feed.Id, ct)).ShouldBeTrue();
        (await store.RemoveAsync(feed.Id, ct)).ShouldBeFalse();
        (await store.SeenAsync(feed.Id, ["a", "b"], ct)).ShouldBeEmpty();
        (await store.ListAsync(ct)).ShouldHaveSingleItem().Id.ShouldBe(other.Id);
    }

    [Theory]
    [MemberData(nameof(StateStores.Providers), MemberType = typeof(StateStores))]
    public async Task AFailedItemIsDueForItsRetryUntilItIsSeenAgainAndItsErrorIsListedWithTheFeed(StateProvider provider)
    {
        var store = new StateFeedStore(await _stores.OpenAsync(provider), _time);
        var ct = TestContext.Current.CancellationToken;
        var feed = await store.AddAsync(Url, null, [], [], "test", ct);
        var now = _time.GetUtcNow();
        var item = new FeedItem("a", new Uri("https://news.example.test/a"), "Story A", "summary", now);

        await store.RecordItemFailureAsync(feed.Id, new FeedItemFailure(item, 1, "HTTP 503", now.AddHours(1)), now, ct);
        await store.RecordItemFailureAsync(
            feed.Id, new FeedItemFailure(item with { Id = "b", Title = "Story B" }, 3, "HTTP 404", null), now.AddMinutes(1), ct);

        (await store.SeenAsync(feed.Id, ["a", "b"], ct)).ShouldBe(["a", "b"], ignoreOrder: true);
        (await store.DueRetriesAsync(feed.Id, now.AddMinutes(59), 10, ct)).ShouldBeEmpty();
        var due = (await store.DueRetriesAsync(feed.Id, now.AddHours(1), 10, ct)).ShouldHaveSingleItem();
        due.ShouldBe(new FeedItemFailure(new FeedItem("a", item.Link, "Story A", string.Empty, null), 1, "HTTP 503", now.AddHours(1)));
        var listed = (await store.ListAsync(ct)).Single();
        listed.RetryingItems.ShouldBe(1);
        listed.LastItemError.ShouldBe("HTTP 404");

        await store.MarkSeenAsync(feed.Id, [("a", "doc-a")], now.AddHours(1), ct);

        (await store.DueRetriesAsync(feed.Id, now.AddDays(1), 10, ct)).ShouldBeEmpty();
        (await store.ListAsync(ct)).Single().RetryingItems.ShouldBe(0);
    }
}
