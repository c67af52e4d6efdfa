using VendorBot.Bot.Feeds;
using VendorBot.Feeds;

namespace VendorBot.Tests.Bot.Feeds;

public sealed class FeedRepliesTests
{
    private static readonly IReadOnlyList<Feed> Feeds =
    [
        new(1, new Uri("https://news.example.test/feed.xml"), "Example Times", [], [], "cli"),
        new(12, new Uri("https://notes.example.test/atom.xml"), null, [], [], "cli"),
        new(21, new Uri("https://other.example.test/rss"), "Network Notes", [], [], "cli"),
    ];

    [Fact]
    public void FeedIdSuggestionsMatchIdTitleOrLinkWithIdPrefixesFirstAndCarryTheIdAsAnInteger()
    {
        var byId = FeedReplies.Suggest(Feeds, "1");
        var byText = FeedReplies.Suggest(Feeds, "notes");

        byId.Select(c => c.Name).ShouldBe(["1. Example Times — https://news.example.test/feed.xml", "12. notes.example.test — https://notes.example.test/atom.xml", "21. Network Notes — https://other.example.test/rss"]);
        byId[1].Value.GetInt64().ShouldBe(12);
        byText.Select(c => c.Value.GetInt64()).ShouldBe([12L, 21L]);
    }

    [Fact]
    public void OnlyTheButtonsOfTheFeedsRepliesParse()
    {
        var confirm = FeedReplies.ConfirmRemoval(Feeds[1]);
        var (remove, keep) = (confirm.Components![0].Components[0].CustomId, confirm.Components[0].Components[1].CustomId);

        FeedReplies.RemovalOf(remove).ShouldBe(12);
        FeedReplies.IsKeep(keep).ShouldBeTrue();
        FeedReplies.RemovalOf(keep).ShouldBeNull();
        FeedReplies.RemovalOf("vbf:rm:-1").ShouldBeNull();
        FeedReplies.RemovalOf("vbd:rm:12").ShouldBeNull();
        FeedReplies.IsKeep("vbd:keep").ShouldBeFalse();
    }
}
