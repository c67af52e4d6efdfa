using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using VendorBot.Discord.Entities;
using VendorBot.Feeds;
using VendorBot.Tests.Feeds;
using VendorBot.Tests.Knowledge.Articles;

namespace VendorBot.Tests.EndToEnd;

/// <summary>
/// <c>/feeds</c> end to end: doc-shaped interactions from the validating fake Discord, an RSS feed and an article page
/// served by a real web server on 127.0.0.1 (allowed explicitly, as it is refused by default), the bot's real state store.
/// </summary>
public sealed class FeedsCommandTests : IAsyncLifetime
{
    private const string FeedTitle = "Example Times - Technology";
    private static readonly DateTimeOffset PolledAt = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private ArticleWebServer _web = null!;

    public async ValueTask InitializeAsync()
    {
        _web = await ArticleWebServer.StartAsync();
        _web.MapContent("/feed.xml", "application/rss+xml; charset=utf-8", FeedFixtures.Rss(_web.BaseAddress));
        _web.MapContent("/broken.xml", "application/rss+xml; charset=utf-8", FeedFixtures.Malformed);
        _web.MapContent("/tech/norvatel", "text/html; charset=utf-8", ArticlePages.News);
    }

    public async ValueTask DisposeAsync() => await _web.DisposeAsync();

    [Fact]
    public async Task AnAdminFollowsAFeedAndSeesItsTitleItemsFilterAndNextPoll()
    {
        await using var bot = await StartAsync();
        var add = AddFeed(_web.Url("/feed.xml"), new("vendors", "Norvatel, Quenta"), new("keywords", "account"));

        await bot.SendAsync(add);
        var edit = await bot.WaitForEditAsync(add);

        var callback = await bot.WaitForCallbackAsync(add);
        callback["type"]!.GetValue<int>().ShouldBe(5);
        callback["data"]!["flags"]!.GetValue<int>().ShouldBe(64);
        edit["content"]!.GetValue<string>().ShouldBe($"Following **{FeedTitle}**: its new items that pass the filter are added to my sources.");
        var card = edit["embeds"]![0]!;
        card["title"]!.GetValue<string>().ShouldBe(FeedTitle);
        Field(card, "Items in the feed now").ShouldBe("3");
        Field(card, "Filter").ShouldBe("vendors: Norvatel, Quenta; keywords: account");
        Field(card, "Next poll").ShouldBe("within 30 min, then about every 30 min (at most 10 articles per poll)");
        var feed = (await Store(bot).ListAsync(TestContext.Current.CancellationToken)).ShouldHaveSingleItem();
        (feed.Url, feed.Title, feed.AddedBy).ShouldBe((_web.Url("/feed.xml"), FeedTitle, "discord:42"));
        feed.Vendors.ShouldBe(["Norvatel", "Quenta"]);
        bot.Logs.GetSnapshot().ShouldContain(r => r.Message.StartsWith("Fetched ", StringComparison.Ordinal) && r.Message.Contains("for discord:42", StringComparison.Ordinal));
        bot.Logs.GetSnapshot().ShouldContain(r => r.Message.Contains("followed for discord:42: 3 items", StringComparison.Ordinal));
        bot.Server.Rest.TakeViolations().ShouldBeEmpty();
    }

    [Fact]
    public async Task AFeedAlreadyFollowedIsReportedWithoutFetchingItAgain()
    {
        await using var bot = await StartAsync();
        var first = AddFeed(_web.Url("/feed.xml"));
        await bot.SendAsync(first);
        await bot.WaitForEditAsync(first);

        var again = AddFeed(_web.Url("/feed.xml"));
        await bot.SendAsync(again);
        var edit = await bot.WaitForEditAsync(again);

        edit["content"]!.GetValue<string>().ShouldBe("I already follow that feed as feed 1: nothing was added.");
        Field(edit["embeds"]![0]!, "Filter").ShouldBe("none: every new item is added");
        _web.Requests.Count(r => r.Path == "/feed.xml").ShouldBe(1);
        (await Store(bot).ListAsync(TestContext.Current.CancellationToken)).ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("/tech/norvatel", "the content type 'text/html' is not accepted")]
    [InlineData("/broken.xml", "not an RSS or Atom feed")]
    public async Task ALinkThatIsNotAFeedSaysWhyAndFollowsNothing(string path, string reason)
    {
        await using var bot = await StartAsync();
        var add = AddFeed(_web.Url(path));

        await bot.SendAsync(add);
        var content = (await bot.WaitForEditAsync(add))["content"]!.GetValue<string>();

        content.ShouldStartWith("I couldn't follow that: ");
        content.ShouldContain(reason);
        content.ShouldEndWith("Nothing was added.");
        (await Store(bot).ListAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("loopback", "a loopback address")]
    [InlineData("ftp://news.example.test/feed.xml", "only http and https")]
    [InlineData("news.example.test/feed.xml", "is not a link")]
    public async Task ARefusedLinkSaysWhyFetchesNothingAndFollowsNothing(string link, string reason)
    {
        await using var bot = await BotHarness.StartAsync();
        var add = AddFeed(link == "loopback" ? _web.Url("/feed.xml").ToString() : link);

        await bot.SendAsync(add);
        var content = (await bot.WaitForEditAsync(add))["content"]!.GetValue<string>();

        content.ShouldStartWith("I couldn't follow that: ");
        content.ShouldContain(reason);
        _web.Requests.ShouldBeEmpty();
        (await Store(bot).ListAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
    }

    [Fact]
    public async Task TheListShowsEachFeedsFilterLastPollErrorsAndItemsWaitingForARetry()
    {
        await using var bot = await StartAsync();
        var store = Store(bot);
        var ct = TestContext.Current.CancellationToken;
        var failing = await store.AddAsync(new Uri("https://news.example.test/feed.xml"), "News", ["Norvatel"], [], "cli", ct);
        await store.RecordPollAsync(failing with { LastPolledAt = PolledAt, LastError = "HTTP 503", ConsecutiveFailures = 2 }, ct);
        var retrying = await store.AddAsync(new Uri("https://notes.example.test/atom.xml"), null, [], ["backdoor"], "cli", ct);
        var item = new FeedItem("n-1", new Uri("https://notes.example.test/1"), "An item", string.Empty, null);
        await store.RecordItemFailureAsync(retrying.Id, new FeedItemFailure(item, 1, "timed out", PolledAt.AddHours(1)), PolledAt, ct);
        var list = BotHarness.Subcommand("feeds", "list", permissions: Permissions.ManageGuild);

        await bot.SendAsync(list);
        var data = (await bot.WaitForCallbackAsync(list))["data"]!;

        data["flags"]!.GetValue<int>().ShouldBe(64);
        var embed = data["embeds"]![0]!;
        embed["title"]!.GetValue<string>().ShouldBe("2 followed feeds");
        var fields = embed["fields"]!.AsArray();
        fields.Select(f => f!["name"]!.GetValue<string>()).ShouldBe(["1. News", "2. notes.example.test"]);
        var first = fields[0]!["value"]!.GetValue<string>();
        first.ShouldContain($"https://news.example.test/feed.xml\nFilter: vendors: Norvatel\nLast poll: <t:{PolledAt.ToUnixTimeSeconds()}:R>");
        first.ShouldContain("Last error: HTTP 503 (2 in a row");
        var second = fields[1]!["value"]!.GetValue<string>();
        second.ShouldContain("Filter: keywords: backdoor\nLast poll: never (polled soon)");
        second.ShouldContain("1 item waiting for a retry\nLast item error: timed out");
        embed["footer"].ShouldBeNull();
        bot.Server.Rest.TakeViolations().ShouldBeEmpty();
    }

    [Fact]
    public async Task AListLongerThanOneEmbedCountsTheFeedsLeftOut()
    {
        await using var bot = await StartAsync();
        var store = Store(bot);
        for (var i = 1; i <= 40; i++)
        {
            var feed = await store.AddAsync(new Uri($"https://news{i}.example.test/{new string('f', 150)}.xml"), new string('T', 200), [], [], "cli", TestContext.Current.CancellationToken);
            await store.RecordPollAsync(feed with { LastPolledAt = PolledAt, LastError = new string('e', 250) }, TestContext.Current.CancellationToken);
        }

        var list = BotHarness.Subcommand("feeds", "list", permissions: Permissions.ManageGuild);
        await bot.SendAsync(list);
        var embed = (await bot.WaitForCallbackAsync(list))["data"]!["embeds"]![0]!;

        var shown = embed["fields"]!.AsArray().Count;
        shown.ShouldBeInRange(1, 24);
        embed["footer"]!["text"]!.GetValue<string>().ShouldBe($"… and {40 - shown} more (vendorbot feeds list shows them all)");
        bot.Server.Rest.TakeViolations().ShouldBeEmpty();
    }

    [Fact]
    public async Task AnAdminStopsFollowingAFeedOnlyAfterConfirming()
    {
        await using var bot = await StartAsync();
        var feed = await Store(bot).AddAsync(_web.Url("/feed.xml"), FeedTitle, [], [], "cli", TestContext.Current.CancellationToken);
        var remove = BotHarness.Subcommand("feeds", "remove", [new("id", feed.Id)], Permissions.ManageGuild);

        await bot.SendAsync(remove);
        var confirm = (await bot.WaitForCallbackAsync(remove))["data"]!;

        confirm["content"]!.GetValue<string>().ShouldBe($"Stop following **{FeedTitle}** (feed 1)? Documents already added from it stay.");
        var buttons = confirm["components"]![0]!["components"]!.AsArray();
        buttons.Select(b => b!["label"]!.GetValue<string>()).ShouldBe(["Stop following", "Keep"]);

        var keep = BotHarness.Button(buttons[1]!["custom_id"]!.GetValue<string>(), permissions: Permissions.ManageGuild);
        await bot.SendAsync(keep);
        (await bot.WaitForCallbackAsync(keep))["data"]!["content"]!.GetValue<string>().ShouldBe("Kept: I still follow that feed.");
        (await Store(bot).ListAsync(TestContext.Current.CancellationToken)).ShouldHaveSingleItem();

        var confirmed = BotHarness.Button(buttons[0]!["custom_id"]!.GetValue<string>(), permissions: Permissions.ManageGuild);
        await bot.SendAsync(confirmed);
        var removed = await bot.WaitForCallbackAsync(confirmed);
        removed["type"]!.GetValue<int>().ShouldBe(7);
        removed["data"]!["content"]!.GetValue<string>().ShouldBe($"No longer following **{FeedTitle}** (feed 1); documents already added from it stay.");
        removed["data"]!["components"]!.AsArray().ShouldBeEmpty();
        (await Store(bot).ListAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();

        var twice = BotHarness.Button(buttons[0]!["custom_id"]!.GetValue<string>(), permissions: Permissions.ManageGuild);
        await bot.SendAsync(twice);
        (await bot.WaitForCallbackAsync(twice))["data"]!["content"]!.GetValue<string>().ShouldBe("I no longer follow that feed: nothing to remove.");
    }

    [Fact]
    public async Task AnUnknownFeedIdIsReportedWithWhereToFindTheIds()
    {
        await using var bot = await StartAsync();
        var remove = BotHarness.Subcommand("feeds", "remove", [new("id", 7L)], Permissions.ManageGuild);

        await bot.SendAsync(remove);

        (await bot.WaitForCallbackAsync(remove))["data"]!["content"]!.GetValue<string>().ShouldBe("I follow no feed 7. `/feeds list` shows the ids.");
    }

    [Fact]
    public async Task AMemberWithoutManageServerCanNeitherFollowListNorRemove()
    {
        await using var bot = await StartAsync();
        var feed = await Store(bot).AddAsync(_web.Url("/feed.xml"), FeedTitle, [], [], "cli", TestContext.Current.CancellationToken);
        var add = BotHarness.Subcommand("feeds", "add", [new("url", _web.Url("/feed.xml").ToString())], Permissions.SendMessages);
        var list = BotHarness.Subcommand("feeds", "list", permissions: Permissions.SendMessages);
        var press = BotHarness.Button($"vbf:rm:{feed.Id}", permissions: Permissions.SendMessages);

        await bot.SendAsync(add);
        await bot.SendAsync(list);
        await bot.SendAsync(press);
        var refusals = new[] { await bot.WaitForCallbackAsync(add), await bot.WaitForCallbackAsync(list), await bot.WaitForCallbackAsync(press) };

        refusals.ShouldAllBe(r => r["type"]!.GetValue<int>() == 4 && r["data"]!["content"]!.GetValue<string>() == "Sorry, only server admins (Manage Server) can manage the feeds.");
        _web.Requests.ShouldBeEmpty();
        (await Store(bot).ListAsync(TestContext.Current.CancellationToken)).ShouldHaveSingleItem();
    }

    private static Task<BotHarness> StartAsync() => BotHarness.StartAsync(new Dictionary<string, string?> { ["Documents:AllowedHosts:0"] = "127.0.0.1" });

    private static IFeedStore Store(BotHarness bot) => bot.Host.Services.GetRequiredService<IFeedStore>();

    private static TestInteraction AddFeed(Uri url, params KeyValuePair<string, object>[] filters) => AddFeed(url.ToString(), filters);

    private static TestInteraction AddFeed(string url, params KeyValuePair<string, object>[] filters) =>
        BotHarness.Subcommand("feeds", "add", [new("url", url), .. filters], Permissions.ManageGuild);

    private static string Field(JsonNode embed, string name) =>
        embed["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == name)!["value"]!.GetValue<string>();
}
