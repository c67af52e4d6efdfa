namespace VendorBot.Knowledge.Articles;

/// <summary>A document of the index as listed and reported: its metadata and how many passages it has.</summary>
/// <param name="Id">The document id (its path under the documents folder).</param>
/// <param name="Title">Its title.</param>
/// <param name="Publisher">Who published it, when known.</param>
/// <param name="Url">Where it was published, when known.</param>
/// <param name="Published">The publication date as the document gives it (<c>yyyy-MM-dd</c> or <c>yyyy-MM</c>), if any.</param>
/// <param name="Vendors">The vendors it is about.</param>
/// <param name="Passages">Passages indexed from it.</param>
public sealed record DocumentSummary(
    string Id, string Title, string? Publisher, string? Url, string? Published, IReadOnlyList<string> Vendors, int Passages);
