namespace VendorBot.Knowledge;

/// <summary>The metadata of a document that travels with a search hit or a citation (no text).</summary>
public sealed record DocumentInfo(
    string Id,
    string Title,
    string? Publisher,
    string? Url,
    DateOnly? PublishedOn,
    IReadOnlyList<string> Vendors);
