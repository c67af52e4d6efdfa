namespace VendorBot.Knowledge.Search;

/// <summary>The indexed columns of one candidate passage, keyed by its <c>passages</c> rowid.</summary>
internal sealed record CandidateText(long RowId, string Title, string HeadingPath, string Body);
