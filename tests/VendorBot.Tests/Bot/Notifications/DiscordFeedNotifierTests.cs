using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorBot.Bot.Notifications;
using VendorBot.Discord.Fakes;
using VendorBot.Discord.Fakes.Rest;
using VendorBot.Discord.Rest;
using VendorBot.Feeds;
using VendorBot.Knowledge.Articles;

namespace VendorBot.Tests.Bot.Notifications;

/// <summary>The admin-channel note about new feed sources, through the real REST client against the validating fake Discord.</summary>
public sealed class DiscordFeedNotifierTests : IAsyncLifetime
{
    private const string Token = "MTA5ODc2NTQzMjE.feed-note-secret.DoNotLogMe";
    private FakeDiscordServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await FakeDiscordServer.StartAsync(TestContext.Current.CancellationToken);
        _server.Rest.ExpectedToken = Token;
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task TheNewSourcesArePostedToTheAdminChannelWithoutPingingAnyone()
    {
        await using var services = Services("700");

        await services.GetRequiredService<IFeedNotifier>().NotifyAsync(
            Report(Document("Ministry finds *hidden* account in Norvatel base stations", "Example Times", "2024-03-18", "Norvatel"), Document("@everyone look", null, null)),
            TestContext.Current.CancellationToken);

        var request = _server.Rest.RequestsTo("POST", "channels/700/messages").ShouldHaveSingleItem();
        var body = JsonNode.Parse(request.Body)!;
        body["content"]!.GetValue<string>().ShouldBe(
            "**2 new sources** from Example Times - Technology:\n• Ministry finds \\*hidden\\* account in Norvatel base stations — Example Times · 2024-03-18 · vendors: Norvatel\n• @everyone look");
        body["allowed_mentions"]!["parse"]!.AsArray().Count.ShouldBe(0);
        _server.Rest.TakeViolations().ShouldBeEmpty();
        services.GetFakeLogCollector().GetSnapshot().ShouldContain(record => record.Message.StartsWith("2 new sources from Example Times", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutAnAdminChannelTheNoteIsOnlyLogged()
    {
        await using var services = Services(null);

        await services.GetRequiredService<IFeedNotifier>().NotifyAsync(Report(Document("A story", null, null)), TestContext.Current.CancellationToken);

        _server.Rest.Requests.ShouldBeEmpty();
        services.GetFakeLogCollector().GetSnapshot().ShouldContain(record => record.Message.StartsWith("1 new sources from Example Times", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APostDiscordRefusesIsLoggedAndThePollGoesOn()
    {
        _server.Rest.Script("POST", "channels/700/messages", FakeRestReply.DiscordError(403, 50013, "Missing Permissions"));
        await using var services = Services("700");

        await services.GetRequiredService<IFeedNotifier>().NotifyAsync(Report(Document("A story", null, null)), TestContext.Current.CancellationToken);

        services.GetFakeLogCollector().GetSnapshot().ShouldContain(record => record.Id.Id == 4132 && record.Level == LogLevel.Warning);
        _server.Rest.TakeViolations().ShouldBeEmpty();
    }

    [Fact]
    public void ManySourcesFitOneMessageAndTheRestAreCounted()
    {
        var documents = Enumerable.Range(1, 40).Select(i => Document($"Story {i} " + new string('x', 200), "Publisher", "2024-01-01")).ToArray();

        var note = FeedNote.Format(Report(documents));

        note.Length.ShouldBeLessThanOrEqualTo(2000);
        var shown = note.Split('\n').Count(line => line.StartsWith('•'));
        note.ShouldEndWith($"\n… and {40 - shown} more");
        shown.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void AnAdminChannelThatIsNotAnIdIsRefusedOnStart()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Feeds:AdminChannelId"] = "#admins" }).Build())
            .AddFeeds()
            .BuildServiceProvider();

        Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IOptions<FeedsOptions>>().Value)
            .Message.ShouldContain("Feeds:AdminChannelId must be a Discord channel id");
    }

    private ServiceProvider Services(string? adminChannel)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:RestBaseUrl"] = _server.RestBaseUrl.ToString(),
            ["Discord:Rest:RetryBaseDelay"] = "00:00:00.010",
            ["Discord:Rest:MaxWait"] = "00:00:05",
            ["Discord:Rest:AttemptTimeout"] = "00:00:05",
            ["Feeds:AdminChannelId"] = adminChannel,
        };
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Information).AddFakeLogging());
        services.AddDiscordRest();
        services.AddFeeds();
        services.Replace(ServiceDescriptor.Singleton<IFeedNotifier, DiscordFeedNotifier>());
        return services.BuildServiceProvider();
    }

    private static FeedPollReport Report(params DocumentSummary[] added) =>
        new(new Feed(3, new Uri("https://news.example.test/feed.xml"), "Example Times - Technology", [], [], "test"), added, [], NotModified: false);

    private static DocumentSummary Document(string title, string? publisher, string? published, params string[] vendors) =>
        new($"articles/{title.Length}.md", title, publisher, null, published, vendors, 4);
}
