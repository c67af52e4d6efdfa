namespace VendorBot.Knowledge.Indexing;

/// <summary>How far an indexing run is: <paramref name="Processed"/> of <paramref name="Total"/> items (0 when unknown).</summary>
/// <param name="Processed">Files or documents handled so far.</param>
/// <param name="Total">Files to handle, or 0 when the count is not known in advance (a stream of documents).</param>
/// <param name="Current">The file or document id just handled.</param>
public sealed record IndexProgress(int Processed, int Total, string Current);
