using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorBot.Knowledge.Articles;
using VendorBot.Knowledge.Loading;

namespace VendorBot.Feeds;

/// <summary>
/// Polls the followed feeds: each when it is due (<c>Feeds:PollInterval</c> with jitter, backing off after errors),
/// by conditional GET (ETag / Last-Modified) through the safe <see cref="WebFetcher"/>; the new items that pass the
/// feed's filter, at most <c>Feeds:MaxItemsPerPoll</c> per poll, go through the same article pipeline as
/// <c>vendorbot add</c>, and the admins are told what was added. Items filtered out are marked seen; an item whose
/// article fetch failed is tried again on later polls (<c>Feeds:ItemAttempts</c>, waiting <c>Feeds:ItemRetryDelay</c>
/// doubled per failure), a page that is not an article is given up at once; items over the cap wait for the next poll.
/// </summary>
public sealed partial class FeedPoller : BackgroundService
{
    private readonly IFeedStore _store;
    private readonly WebFetcher _fetcher;
    private readonly ArticleLibrary _library;
    private readonly IFeedNotifier _notifier;
    private readonly FeedsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<FeedPoller> _logger;
    private readonly Func<double> _random;

    /// <summary>Creates the poller.</summary>
    public FeedPoller(
        IFeedStore store, WebFetcher fetcher, ArticleLibrary library, IFeedNotifier notifier, IOptions<FeedsOptions> options, TimeProvider time,
        ILogger<FeedPoller> logger)
        : this(store, fetcher, library, notifier, options, time, logger, Random.Shared.NextDouble)
    {
    }

    /// <summary>Test seam: <paramref name="random"/> replaces the jitter's random numbers.</summary>
    internal FeedPoller(
        IFeedStore store, WebFetcher fetcher, ArticleLibrary library, IFeedNotifier notifier, IOptions<FeedsOptions> options, TimeProvider time,
        ILogger<FeedPoller> logger, Func<double> random)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _fetcher = fetcher;
        _library = library;
        _notifier = notifier;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _random = random;
    }

    /// <summary>Fetches and parses a feed without following it (to check a link before <c>feeds add</c>).</summary>
    /// <exception cref="DocumentFetchException">The link is refused or cannot be fetched.</exception>
    /// <exception cref="DocumentLoadException">It is not an RSS or Atom feed.</exception>
    public async Task<(string Title, int Items)> ProbeAsync(Uri url, string requester, CancellationToken cancellationToken)
    {
        var resource = await _fetcher.FetchAsync(new FetchRequest(url, requester) { ContentTypes = FeedParser.ContentTypes }, cancellationToken).ConfigureAwait(false);
        var (title, items) = FeedParser.Parse(resource.Body, resource.Uri);
        return (title, items.Count);
    }

    /// <summary>Polls every feed that is due now (never polled, or its next poll time has come).</summary>
    public async Task<IReadOnlyList<FeedPollReport>> PollDueAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var reports = new List<FeedPollReport>();
        foreach (var feed in await _store.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (feed.NextPollAt is null || feed.NextPollAt <= now)
            {
                reports.Add(await PollAsync(feed, cancellationToken).ConfigureAwait(false));
            }
        }

        return reports;
    }

    /// <summary>Polls one feed now and records the outcome.</summary>
    public async Task<FeedPollReport> PollAsync(Feed feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var requester = $"feed:{feed.Id}";
        FetchedResource resource;
        string? title = null;
        IReadOnlyList<FeedItem> items = [];
        try
        {
            resource = await _fetcher.FetchAsync(
                new FetchRequest(feed.Url, requester) { ContentTypes = FeedParser.ContentTypes, ETag = feed.ETag, LastModified = feed.LastModified },
                cancellationToken).ConfigureAwait(false);
            if (!resource.NotModified)
            {
                (title, items) = FeedParser.Parse(resource.Body, resource.Uri);
            }
        }
        catch (Exception ex) when (ex is DocumentFetchException or DocumentLoadException)
        {
            var failures = feed.ConsecutiveFailures + 1;
            FeedPollFailed(_logger, feed.Id, failures, ex.Message);
            var failed = await RecordAsync(feed with { LastError = ex.Message, ConsecutiveFailures = failures }, cancellationToken).ConfigureAwait(false);
            return new FeedPollReport(failed, [], [], NotModified: false);
        }

        // Items whose fetch failed before are retried even when the feed is unchanged.
        var outcome = await AddItemsAsync(feed, items, requester, cancellationToken).ConfigureAwait(false);
        var polled = await RecordAsync(
            resource.NotModified
                ? feed with { LastError = null, ConsecutiveFailures = 0 }
                : feed with { Title = title, ETag = resource.ETag, LastModified = resource.LastModified, LastError = null, ConsecutiveFailures = 0 },
            cancellationToken).ConfigureAwait(false);
        var report = new FeedPollReport(polled, outcome.Added, outcome.Skipped, resource.NotModified);
        FeedPolled(_logger, feed.Id, items.Count, outcome.Added.Count, outcome.Skipped.Count);
        if (outcome.Added.Count > 0)
        {
            await _notifier.NotifyAsync(report, cancellationToken).ConfigureAwait(false);
        }

        return report;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                PollingFailed(_logger, ex);
            }

            await Task.Delay(await NextDelayAsync(stoppingToken).ConfigureAwait(false), _time, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task<TimeSpan> NextDelayAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var next = now + _options.PollInterval;
        try
        {
            foreach (var feed in await _store.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                var due = feed.NextPollAt ?? now;
                next = due < next ? due : next;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            PollingFailed(_logger, ex);
        }

        // A feed added meanwhile (by the CLI or an admin) is picked up within a minute.
        var delay = next - now;
        return delay < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : delay > TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : delay;
    }

    // New items first, then the failed ones due for a retry, at most MaxItemsPerPoll fetches in all.
    private async Task<ItemsOutcome> AddItemsAsync(Feed feed, IReadOnlyList<FeedItem> items, string requester, CancellationToken cancellationToken)
    {
        var seen = await _store.SeenAsync(feed.Id, items.Select(item => item.Id), cancellationToken).ConfigureAwait(false);
        var outcome = new ItemsOutcome();
        var tried = 0;
        foreach (var item in items.Where(item => !seen.Contains(item.Id)))
        {
            if (!FeedFilter.Matches(feed, item))
            {
                outcome.Marks.Add((item.Id, null));
                outcome.Skipped.Add($"{item.Title}: does not match the feed's filter");
                continue;
            }

            if (tried == _options.MaxItemsPerPoll)
            {
                break; // the rest waits for the next poll
            }

            tried++;
            await TryItemAsync(feed, item, 0, requester, outcome, cancellationToken).ConfigureAwait(false);
        }

        if (tried < _options.MaxItemsPerPoll)
        {
            foreach (var failure in await _store.DueRetriesAsync(feed.Id, _time.GetUtcNow(), _options.MaxItemsPerPoll - tried, cancellationToken).ConfigureAwait(false))
            {
                await TryItemAsync(feed, failure.Item, failure.Attempts, requester, outcome, cancellationToken).ConfigureAwait(false);
            }
        }

        await _store.MarkSeenAsync(feed.Id, outcome.Marks, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    // A fetch that failed is tried again later (up to Feeds:ItemAttempts, the wait doubling); a page that is not an article is given up at once.
    private async Task TryItemAsync(Feed feed, FeedItem item, int failures, string requester, ItemsOutcome outcome, CancellationToken cancellationToken)
    {
        var (document, reason, failure) = await AddItemAsync(item, requester, cancellationToken).ConfigureAwait(false);
        if (failure is null)
        {
            outcome.Marks.Add((item.Id, document?.Id));
            if (reason is null)
            {
                outcome.Added.Add(document!);
            }
            else
            {
                outcome.Skipped.Add($"{item.Title}: {reason}");
            }

            return;
        }

        var attempts = failures + 1;
        var now = _time.GetUtcNow();
        DateTimeOffset? retryAt = failure is FailureKind.Transient && attempts < _options.ItemAttempts ? now + RetryDelay(attempts) : null;
        await _store.RecordItemFailureAsync(feed.Id, new FeedItemFailure(item, attempts, reason!, retryAt), now, cancellationToken).ConfigureAwait(false);
        ItemFailed(_logger, feed.Id, item.Id, attempts, retryAt is not null, reason!);
        outcome.Skipped.Add(retryAt is { } at
            ? string.Create(CultureInfo.InvariantCulture, $"{item.Title}: {reason} (attempt {attempts} of {_options.ItemAttempts}; tried again after {at:yyyy-MM-dd HH:mm} UTC)")
            : failure is FailureKind.Transient
                ? string.Create(CultureInfo.InvariantCulture, $"{item.Title}: {reason} (given up after {attempts} attempts)")
                : $"{item.Title}: {reason}");
    }

    private TimeSpan RetryDelay(int attempts)
    {
        var delay = _options.ItemRetryDelay.Ticks * Math.Pow(2, Math.Min(attempts - 1, 20));
        return TimeSpan.FromTicks((long)Math.Min(_options.MaxBackoff.Ticks, delay));
    }

    private async Task<(DocumentSummary? Document, string? Reason, FailureKind? Failure)> AddItemAsync(FeedItem item, string requester, CancellationToken cancellationToken)
    {
        if (item.Link is null)
        {
            return (null, "no link", null);
        }

        try
        {
            if (await _library.FindByUrlAsync(item.Link, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                return (null, $"already present as {existing}", null);
            }

            var outcome = await _library.AddFromUrlAsync(item.Link, requester, cancellationToken).ConfigureAwait(false);
            return outcome.Added ? (outcome.Document, null, null) : (outcome.Document, $"already present as {outcome.Document.Id} ({outcome.Duplicate})", null);
        }
        catch (DocumentFetchException ex)
        {
            return (null, ex.Message, FailureKind.Transient);
        }
        catch (DocumentLoadException ex)
        {
            return (null, ex.Message, FailureKind.Permanent);
        }
    }

    private async Task<Feed> RecordAsync(Feed feed, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var recorded = feed with { LastPolledAt = now, NextPollAt = FeedSchedule.Next(now, _options, feed.ConsecutiveFailures, _random()) };
        await _store.RecordPollAsync(recorded, cancellationToken).ConfigureAwait(false);
        return recorded;
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Polled feed {FeedId}: {Items} items, {Added} added, {Skipped} skipped")]
    private static partial void FeedPolled(ILogger logger, long feedId, int items, int added, int skipped);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Feed {FeedId} failed ({Failures} in a row): {Reason}")]
    private static partial void FeedPollFailed(ILogger logger, long feedId, int failures, string reason);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Feed {FeedId} item {ItemId} failed (attempt {Attempts}, retried: {Retried}): {Reason}")]
    private static partial void ItemFailed(ILogger logger, long feedId, string itemId, int attempts, bool retried, string reason);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "Feed polling failed; trying again later")]
    private static partial void PollingFailed(ILogger logger, Exception exception);

    private enum FailureKind
    {
        Transient,
        Permanent,
    }

    private sealed class ItemsOutcome
    {
        public List<DocumentSummary> Added { get; } = [];

        public List<string> Skipped { get; } = [];

        public List<(string ItemId, string? DocumentId)> Marks { get; } = [];
    }
}
