namespace VendorBot.Feeds;

/// <summary>An item of a feed whose article could not be fetched.</summary>
/// <param name="Item">The item (its id, link and title are kept, so it can be retried after it leaves the feed).</param>
/// <param name="Attempts">Fetches that failed so far.</param>
/// <param name="Error">The last failure.</param>
/// <param name="RetryAt">When it is tried again; null when it is given up.</param>
public sealed record FeedItemFailure(FeedItem Item, int Attempts, string Error, DateTimeOffset? RetryAt);
