using VendorBot.Knowledge.Articles;

namespace VendorBot.Feeds;

/// <summary>What one poll of a feed did.</summary>
/// <param name="Feed">The feed, with its state after the poll.</param>
/// <param name="Added">Documents added from new items.</param>
/// <param name="Skipped">New items not added: filtered out, already present, or failed (with the reason).</param>
/// <param name="NotModified">True when the server answered 304 (nothing fetched).</param>
public sealed record FeedPollReport(Feed Feed, IReadOnlyList<DocumentSummary> Added, IReadOnlyList<string> Skipped, bool NotModified)
{
    /// <summary>The poll failed (<see cref="Feed.LastError"/> says why).</summary>
    public bool Failed => Feed.LastError is not null;
}
