namespace VendorBot.Knowledge.Indexing;

/// <summary>How far an indexing run is: in <paramref name="Phase"/>, <paramref name="Processed"/> of <paramref name="Total"/> items.</summary>
/// <param name="Phase">The phase running.</param>
/// <param name="Processed">Files or documents handled so far in this phase.</param>
/// <param name="Total">Items in this phase, or 0 when not known in advance (a stream of documents, the FTS merge).</param>
/// <param name="Current">The file or document id just handled (empty at the start of a phase).</param>
public sealed record IndexProgress(IndexPhase Phase, int Processed, int Total, string Current);
