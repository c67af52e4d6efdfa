using VendorBot.Knowledge;
using VendorBot.Knowledge.Search.Evaluation;

namespace VendorBot.Bench;

/// <summary>Maps BEIR documents to source documents the way the <c>beir</c> verb does: title as title, text as text.</summary>
internal static class BeirDocuments
{
    /// <summary>Passages fetched per document wanted, so that aggregating passages to documents still fills the ranking.</summary>
    public const int PassagesPerDocument = 2;

    public static SourceDocument ToSource(BeirDocument document) => new(
        document.Id,
        document.Title,
        null,
        null,
        null,
        [],
        [],
        string.Empty,
        string.IsNullOrWhiteSpace(document.Text) ? document.Title : document.Text);
}
