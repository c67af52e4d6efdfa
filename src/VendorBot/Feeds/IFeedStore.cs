namespace VendorBot.Feeds;

/// <summary>The feed state: followed feeds, their validators and errors, and which items were already seen.</summary>
public interface IFeedStore
{
    /// <summary>Follows a feed; returns it with its id. Following the same address again returns the existing feed.</summary>
    Task<Feed> AddAsync(Uri url, string? title, IReadOnlyList<string> vendors, IReadOnlyList<string> keywords, string addedBy, CancellationToken cancellationToken);

    /// <summary>Every followed feed, by id.</summary>
    Task<IReadOnlyList<Feed>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Stops following a feed and forgets its items; false when there was none with this id.</summary>
    Task<bool> RemoveAsync(long id, CancellationToken cancellationToken);

    /// <summary>The ids among <paramref name="itemIds"/> already seen for this feed.</summary>
    Task<IReadOnlySet<string>> SeenAsync(long feedId, IEnumerable<string> itemIds, CancellationToken cancellationToken);

    /// <summary>Marks items as seen (with the document they became, if any); an item that was being retried no longer is.</summary>
    Task MarkSeenAsync(long feedId, IEnumerable<(string ItemId, string? DocumentId)> items, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records that an item's fetch failed (marking it seen): its attempts, the error, and when to retry it (null: given up).</summary>
    Task RecordItemFailureAsync(long feedId, FeedItemFailure failure, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The failed items of the feed due for a retry at <paramref name="now"/>, the longest waiting first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<FeedItemFailure>> DueRetriesAsync(long feedId, DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Saves the outcome of a poll: validators and title on success, the error and failure count otherwise, and the next poll time.</summary>
    Task RecordPollAsync(Feed feed, CancellationToken cancellationToken);
}
