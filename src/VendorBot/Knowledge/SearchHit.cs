namespace VendorBot.Knowledge;

/// <summary>One ranked passage with its document and a highlighted snippet. Higher <paramref name="Score"/> is better.</summary>
public sealed record SearchHit(Passage Passage, DocumentInfo Document, double Score, string Snippet);
