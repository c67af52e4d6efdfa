namespace VendorBot.Knowledge.Search.Evaluation;

/// <summary>A document id with its score in a ranked run.</summary>
internal readonly record struct RankedDocument(string DocumentId, double Score);
