namespace VendorBot.Knowledge.Indexing;

/// <summary>A document parsed and chunked before the write transaction opens, and whether it is new.</summary>
internal sealed record PreparedDocument(SourceDocument Document, IReadOnlyList<Passage> Passages, bool IsNew);
