namespace VendorBot.Feeds;

/// <summary>A followed feed with its filter and polling state.</summary>
/// <param name="Id">The store's id.</param>
/// <param name="Url">The feed's address.</param>
/// <param name="Title">The feed's title (from the feed, when known).</param>
/// <param name="Vendors">Only items naming one of these vendors are added (empty: no vendor filter).</param>
/// <param name="Keywords">Only items naming one of these words are added (empty: no keyword filter).</param>
/// <param name="AddedBy">Who added it (for the log).</param>
public sealed record Feed(long Id, Uri Url, string? Title, IReadOnlyList<string> Vendors, IReadOnlyList<string> Keywords, string AddedBy)
{
    /// <summary>The ETag of the last response.</summary>
    public string? ETag { get; init; }

    /// <summary>The Last-Modified of the last response.</summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>When it was last polled.</summary>
    public DateTimeOffset? LastPolledAt { get; init; }

    /// <summary>When it is polled next (null: at once).</summary>
    public DateTimeOffset? NextPollAt { get; init; }

    /// <summary>The error of the last poll, if it failed.</summary>
    public string? LastError { get; init; }

    /// <summary>Polls that failed in a row.</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>Items whose article could not be fetched and that are tried again on a later poll (read from the store).</summary>
    public int RetryingItems { get; init; }

    /// <summary>The latest error fetching one of the feed's items, retried or given up (read from the store).</summary>
    public string? LastItemError { get; init; }
}
