using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Feeds;
using VendorBot.Knowledge;
using VendorBot.State;
using VendorBot.Tests.Knowledge.Articles;

namespace VendorBot.Tests.Feeds;

/// <summary>A poller over a temp documents folder, index and feed state, fetching from loopback, on a fake clock.</summary>
internal sealed class FeedHarness : IDisposable
{
    public FeedHarness(int maxItemsPerPoll = 10)
    {
        Options = new FeedsOptions { MaxItemsPerPoll = maxItemsPerPoll };
        State = OpenState(Path.Combine(Library.Folder.Root, "state.db"));
        Store = new StateFeedStore(State, Time);
        Poller = new FeedPoller(
            Store, Library.Fetcher, Library.Library, Notifier, Microsoft.Extensions.Options.Options.Create(Options), Time,
            NullLogger<FeedPoller>.Instance, () => 0.5);
    }

    public ArticleLibraryHarness Library { get; } = new();

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.Parse("2026-12-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    public FeedsOptions Options { get; }

    public StateDatabase State { get; }

    public StateFeedStore Store { get; }

    public RecordingNotifier Notifier { get; } = new();

    public FeedPoller Poller { get; }

    public void Dispose()
    {
        Poller.Dispose();
        State.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Library.Dispose();
    }

    /// <summary>A SQLite state store with only the feeds schema, in <paramref name="path"/>.</summary>
    public static StateDatabase OpenState(string path)
    {
        var knowledge = Microsoft.Extensions.Options.Options.Create(new KnowledgeOptions { DatabasePath = Path.Combine(Path.GetDirectoryName(path)!, "no-index.db") });
        return new StateDatabase(
            Microsoft.Extensions.Options.Options.Create(new StateOptions { DatabasePath = path }),
            knowledge,
            new ConfigurationBuilder().Build(),
            [FeedStateSchema.Schema],
            new LegacyIndexImport(knowledge, NullLogger<LegacyIndexImport>.Instance));
    }

    internal sealed class RecordingNotifier : IFeedNotifier
    {
        public List<FeedPollReport> Reports { get; } = [];

        public Task NotifyAsync(FeedPollReport report, CancellationToken cancellationToken)
        {
            lock (Reports)
            {
                Reports.Add(report);
            }

            return Task.CompletedTask;
        }
    }
}
