using Microsoft.AspNetCore.Http;
using VendorBot.Feeds;
using VendorBot.Knowledge.Loading;
using VendorBot.Tests.Knowledge.Articles;

namespace VendorBot.Tests.Feeds;

public sealed class FeedPollerTests : IAsyncLifetime
{
    private ArticleWebServer _server = null!;
    private int _feedRequests;

    public async ValueTask InitializeAsync()
    {
        _server = await ArticleWebServer.StartAsync();
        _server.MapContent("/tech/norvatel", "text/html; charset=utf-8", ArticlePages.News);
        _server.MapContent("/notes/quenta", "text/html", ArticlePages.Blog);
        _server.MapContent("/weather/storm", "text/html", ArticlePages.Blog.Replace("Quenta", "Storm", StringComparison.Ordinal));
        _server.Map("/feed.xml", context =>
        {
            Interlocked.Increment(ref _feedRequests);
            if (context.Request.Headers.IfNoneMatch == "\"rss-1\"")
            {
                context.Response.StatusCode = 304;
                return Task.CompletedTask;
            }

            context.Response.Headers.ETag = "\"rss-1\"";
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            return context.Response.WriteAsync(FeedFixtures.Rss(_server.BaseAddress));
        });
        _server.MapContent("/atom.xml", "application/atom+xml", FeedFixtures.Atom(_server.BaseAddress));
        _server.MapContent("/broken.xml", "application/rss+xml", FeedFixtures.Malformed);
        _server.MapContent("/dtd.xml", "application/xml", FeedFixtures.WithDtd);
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task NewItemsOfAnRssFeedGoThroughTheArticlePipelineAndTheAdminsAreTold()
    {
        using var harness = new FeedHarness();
        var feed = await harness.Store.AddAsync(_server.Url("/feed.xml"), null, [], [], "test", TestContext.Current.CancellationToken);

        var report = await harness.Poller.PollAsync(feed, TestContext.Current.CancellationToken);

        report.Failed.ShouldBeFalse(report.Feed.LastError);
        report.Added.Select(document => document.Title).ShouldBe(
            ["Ministry finds hidden account in Norvatel base stations", "Quenta opens its update server code", "Storm opens its update server code"]);
        report.Feed.Title.ShouldBe("Example Times - Technology");
        harness.Notifier.Reports.ShouldHaveSingleItem().Added.Count.ShouldBe(3);
        (await harness.Library.Library.ListAsync(null, TestContext.Current.CancellationToken)).Count.ShouldBe(3);
    }

    [Fact]
    public async Task TheNextPollIsAConditionalGetAndAddsNothingTwice()
    {
        using var harness = new FeedHarness();
        var feed = await harness.Store.AddAsync(_server.Url("/feed.xml"), null, [], [], "test", TestContext.Current.CancellationToken);
        await harness.Poller.PollAsync(feed, TestContext.Current.CancellationToken);

        var stored = (await harness.Store.ListAsync(TestContext.Current.CancellationToken)).Single();
        stored.ETag.ShouldBe("\"rss-1\"");
        var second = await harness.Poller.PollAsync(stored, TestContext.Current.CancellationToken);

        second.NotModified.ShouldBeTrue();
        second.Added.ShouldBeEmpty();
        _server.Requests[^1].Headers.IfNoneMatch.ToString().ShouldBe("\"rss-1\"");

        // Without validators the feed comes whole, and its items are already seen.
        var third = await harness.Poller.PollAsync(stored with { ETag = null }, TestContext.Current.CancellationToken);
        third.Added.ShouldBeEmpty();
        harness.Library.ArticleFiles().Length.ShouldBe(3);
    }

    [Fact]
    public async Task OnlyItemsNamingTheFeedsVendorsAreAdded()
    {
        using var harness = new FeedHarness();
        var feed = await harness.Store.AddAsync(_server.Url("/feed.xml"), null, ["Norvatel"], [], "test", TestContext.Current.CancellationToken);

        var report = await harness.Poller.PollAsync(feed, TestContext.Current.CancellationToken);

        report.Added.ShouldHaveSingleItem().Title.ShouldBe("Ministry finds hidden account in Norvatel base stations");
        report.Skipped.Count.ShouldBe(2);
        _server.Requests.Select(r => r.Path).ShouldNotContain("/notes/quenta");
    }

    [Fact]
    public async Task KeywordsFilterTooAndMatchWholeWordsOnly()
    {
        using var harness = new FeedHarness();
        var feed = await harness.Store.AddAsync(_server.Url("/feed.xml"), null, [], ["regulator", "port"], "test", TestContext.Current.CancellationToken);

        var report = await harness.Poller.PollAsync(feed, TestContext.Current.CancellationToken);

        report.Added.ShouldHaveSingleItem().Title.ShouldBe("Quenta opens its update server code");
    }

    [Fact]
    public async Task AtMostMaxItemsPerPollAreAddedAndTheRestWaitForTheNextPoll()
    {
        using var harness = new FeedHarness(maxItemsPerPoll: 2);
        var feed = await harness.Store.AddAsync(_server.Url("/feed.xml"), null, [], [], "test", TestContext.Current.CancellationToken);

        var first = await harness.Poller.PollAsync(feed, TestContext.Current.CancellationToken);
        var second = await harness.Poller.PollAsync(first.Feed with { ETag = null }, TestContext.Current.CancellationToken);

        first.Added.Count.ShouldBe(2);
        second.Added.ShouldHaveSingleItem().Title.ShouldBe("Storm opens its update server code");
    }

    [Fact]
    public async Task AnItemWhoseArticleFetchFailsIsRetriedOnALaterPollEvenWhenTheFeedIsUnchanged()
    {
        using var harness = new FeedHarness();
        var ct = TestContext.Current.CancellationToken;
        _server.Map("/tech/norvatel", context =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        var feed = await harness.Store.AddAsync(_server.Url("/feed.xml"), null, [], [], "test", ct);

        var first = await harness.Poller.PollAsync(feed, ct);
        var failing = (await harness.Store.ListAsync(ct)).Single();
        harness.Time.Advance(TimeSpan.FromMinutes(30));
        var early = await harness.Poller.PollAsync(failing, ct);
        harness.Time.Advance(TimeSpan.FromMinutes(30));
        _server.MapContent("/tech/norvatel", "text/html; charset=utf-8", ArticlePages.News);
        var retried = await harness.Poller.PollAsync(failing, ct);

        first.Added.Count.ShouldBe(2);
        first.Skipped.ShouldHaveSingleItem().ShouldBe(
            "Ministry finds hidden account in Norvatel base stations: the server answered 503 Service Unavailable (attempt 1 of 3; tried again after 2026-12-01 11:00 UTC)");
        failing.RetryingItems.ShouldBe(1);
        failing.LastItemError.ShouldBe("the server answered 503 Service Unavailable");
        early.NotModified.ShouldBeTrue();
        early.Added.ShouldBeEmpty();
        retried.NotModified.ShouldBeTrue();
        retried.Added.ShouldHaveSingleItem().Title.ShouldBe("Ministry finds hidden account in Norvatel base stations");
        harness.Notifier.Reports.Count.ShouldBe(2);
        _server.Requests.Count(r => r.Path == "/tech/norvatel").ShouldBe(2);
        var recovered = (await harness.Store.ListAsync(ct)).Single();
        recovered.RetryingItems.ShouldBe(0);
        recovered.LastItemError.ShouldBeNull();
    }

    [Fact]
    public async Task AnItemIsGivenUpAfterItsAttemptsEachWaitTwiceAsLongAndItsErrorStaysVisible()
    {
        using var harness = new FeedHarness();
        harness.Options.ItemAttempts = 3;
        var ct = TestContext.Current.CancellationToken;
        _server.Map("/tech/norvatel", context =>
        {
            context.Response.StatusCode = 502;
            return Task.CompletedTask;
        });
        var feed = await harness.Store.AddAsync(_server.Url("/feed.xml"), null, ["Norvatel"], [], "test", ct);

        var first = await harness.Poller.PollAsync(feed, ct);
        harness.Time.Advance(TimeSpan.FromHours(1));
        var second = await harness.Poller.PollAsync(first.Feed, ct);
        harness.Time.Advance(TimeSpan.FromHours(1.5));
        var notYet = await harness.Poller.PollAsync(second.Feed, ct);
        harness.Time.Advance(TimeSpan.FromHours(0.5));
        var third = await harness.Poller.PollAsync(notYet.Feed, ct);
        harness.Time.Advance(TimeSpan.FromDays(2));
        var after = await harness.Poller.PollAsync(third.Feed, ct);

        second.Skipped.ShouldHaveSingleItem().ShouldEndWith("(attempt 2 of 3; tried again after 2026-12-01 13:00 UTC)");
        notYet.Skipped.ShouldBeEmpty();
        third.Skipped.ShouldHaveSingleItem().ShouldEndWith("the server answered 502 Bad Gateway (given up after 3 attempts)");
        after.Skipped.ShouldBeEmpty();
        _server.Requests.Count(r => r.Path == "/tech/norvatel").ShouldBe(3);
        var stored = (await harness.Store.ListAsync(ct)).Single();
        stored.RetryingItems.ShouldBe(0);
        stored.LastItemError.ShouldBe("the server answered 502 Bad Gateway");
    }

    [Fact]
    public async Task AnAtomFeedIsRead()
    {
        using var harness = new FeedHarness();
        var feed = await harness.Store.AddAsync(_server.Url("/atom.xml"), null, [], [], "test", TestContext.Current.CancellationToken);

        var report = await harness.Poller.PollAsync(feed, TestContext.Current.CancellationToken);

        report.Feed.Title.ShouldBe("Network Notes");
        report.Added.ShouldHaveSingleItem().Title.ShouldBe("Quenta opens its update server code");
    }

    [Fact]
    public async Task AMalformedFeedIsRecordedAsAnErrorAndBackedOffThenASuccessResetsIt()
    {
        using var harness = new FeedHarness();
        var feed = await harness.Store.AddAsync(_server.Url("/broken.xml"), null, [], [], "test", TestContext.Current.CancellationToken);

        var first = await harness.Poller.PollAsync(feed, TestContext.Current.CancellationToken);
        var second = await harness.Poller.PollAsync(first.Feed, TestContext.Current.CancellationToken);

        first.Failed.ShouldBeTrue();
        first.Feed.LastError!.ShouldStartWith("not an RSS or Atom feed");
        first.Feed.NextPollAt.ShouldBe(harness.Time.GetUtcNow() + TimeSpan.FromHours(1));
        second.Feed.ConsecutiveFailures.ShouldBe(2);
        second.Feed.NextPollAt.ShouldBe(harness.Time.GetUtcNow() + TimeSpan.FromHours(2));
        var stored = (await harness.Store.ListAsync(TestContext.Current.CancellationToken)).Single();
        stored.LastError.ShouldBe(second.Feed.LastError);
        stored.ConsecutiveFailures.ShouldBe(2);

        _server.MapContent("/broken.xml", "application/atom+xml", FeedFixtures.Atom(_server.BaseAddress));
        var fixedReport = await harness.Poller.PollAsync(stored, TestContext.Current.CancellationToken);
        fixedReport.Feed.LastError.ShouldBeNull();
        fixedReport.Feed.ConsecutiveFailures.ShouldBe(0);
        fixedReport.Feed.NextPollAt.ShouldBe(harness.Time.GetUtcNow() + TimeSpan.FromMinutes(30));
    }

    [Fact]
    public async Task AFeedWithADtdIsRefusedSoNoEntityIsResolved()
    {
        using var harness = new FeedHarness();
        var feed = await harness.Store.AddAsync(_server.Url("/dtd.xml"), null, [], [], "test", TestContext.Current.CancellationToken);

        var report = await harness.Poller.PollAsync(feed, TestContext.Current.CancellationToken);

        report.Failed.ShouldBeTrue();
        report.Feed.LastError!.ShouldContain("DTD");
    }

    [Fact]
    public async Task TheBackgroundServicePollsAtStartAndAgainWhenTheIntervalHasPassedOnTheClock()
    {
        using var harness = new FeedHarness();
        await harness.Store.AddAsync(_server.Url("/feed.xml"), null, ["Norvatel"], [], "test", TestContext.Current.CancellationToken);

        await harness.Poller.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            await WaitUntilAsync(() => Volatile.Read(ref _feedRequests) == 1);
            await WaitUntilAsync(() => harness.Notifier.Reports.Count == 1);
            harness.Time.Advance(TimeSpan.FromMinutes(29));
            await Task.Delay(200, TestContext.Current.CancellationToken);
            Volatile.Read(ref _feedRequests).ShouldBe(1);

            for (var minute = 0; minute < 3 && Volatile.Read(ref _feedRequests) == 1; minute++)
            {
                harness.Time.Advance(TimeSpan.FromMinutes(1));
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }

            await WaitUntilAsync(() => Volatile.Read(ref _feedRequests) == 2);
        }
        finally
        {
            await harness.Poller.StopAsync(CancellationToken.None);
        }
    }

    [Theory]
    [InlineData(0, 0.0, 27)]
    [InlineData(0, 0.5, 30)]
    [InlineData(0, 0.999999, 33)]
    [InlineData(1, 0.5, 60)]
    [InlineData(3, 0.5, 240)]
    [InlineData(10, 0.5, 720)]
    public void TheScheduleJittersTheIntervalAndBacksOffUpToTheCap(int failures, double random, int minutes)
    {
        var now = DateTimeOffset.Parse("2026-12-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

        var next = FeedSchedule.Next(now, new FeedsOptions(), failures, random);

        (next - now).TotalMinutes.ShouldBe(minutes, tolerance: 0.01);
    }

    [Fact]
    public void MalformedBytesAreNotAFeed()
    {
        Should.Throw<DocumentLoadException>(() => FeedParser.Parse("<html><body>not a feed</body></html>"u8.ToArray(), new Uri("https://x.test/")));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        condition().ShouldBeTrue();
    }
}
