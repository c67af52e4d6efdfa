using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Feeds;
using VendorBot.Tests.Knowledge.Articles;

namespace VendorBot.Tests.Feeds;

/// <summary>A poller over a temp documents folder, index and feed state, fetching from loopback, on a fake clock.</summary>
internal sealed class FeedHarness : IDisposable
{
    public FeedHarness(int maxItemsPerPoll = 10)
    {
        Options = new FeedsOptions { DatabasePath = Path.Combine(Library.Folder.Root, "feeds.db"), MaxItemsPerPoll = maxItemsPerPoll };
        Store = new SqliteFeedStore(Microsoft.Extensions.Options.Options.Create(Options), Time);
        Poller = new FeedPoller(
            Store, Library.Fetcher, Library.Library, Notifier, Microsoft.Extensions.Options.Options.Create(Options), Time,
            NullLogger<FeedPoller>.Instance, () => 0.5);
    }

    public ArticleLibraryHarness Library { get; } = new();

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.Parse("2026-12-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    public FeedsOptions Options { get; }

    public SqliteFeedStore Store { get; }

    public RecordingNotifier Notifier { get; } = new();

    public FeedPoller Poller { get; }

    public void Dispose()
    {
        Poller.Dispose();
        Store.Dispose();
        Library.Dispose();
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
