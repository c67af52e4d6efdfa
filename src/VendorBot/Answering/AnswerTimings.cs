namespace VendorBot.Answering;

/// <summary>Where the time of an answer went.</summary>
/// <param name="Retrieval">Searching the index and checking relevance.</param>
/// <param name="Composition">Condensing, composing (model or extractive) and checking citations.</param>
public sealed record AnswerTimings(TimeSpan Retrieval, TimeSpan Composition);
