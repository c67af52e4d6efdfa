namespace VendorBot.Feeds;

/// <summary>One entry of a feed.</summary>
/// <param name="Id">The entry's id (RSS guid, Atom id), else its link: what marks it as seen.</param>
/// <param name="Link">The article's address, when it has one.</param>
/// <param name="Title">The entry's title.</param>
/// <param name="Summary">The entry's summary as plain text (for the keyword filter).</param>
/// <param name="Published">When it was published or last updated, if the feed says.</param>
public sealed record FeedItem(string Id, Uri? Link, string Title, string Summary, DateTimeOffset? Published);
