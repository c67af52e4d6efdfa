namespace VendorBot.Knowledge;

/// <summary>A few sentences of a document: <c>document.Text[Start..End] == Text</c>.</summary>
/// <param name="Id">Stable id <c>{DocumentId}#{Ordinal}</c>.</param>
/// <param name="DocumentId">The document it belongs to.</param>
/// <param name="Ordinal">Zero-based position in the document.</param>
/// <param name="HeadingPath">Headings above the passage joined with " › ", empty when none.</param>
/// <param name="Start">Start character offset in the document text (inclusive).</param>
/// <param name="End">End character offset in the document text (exclusive).</param>
/// <param name="Text">The passage text.</param>
public sealed record Passage(
    string Id,
    string DocumentId,
    int Ordinal,
    string HeadingPath,
    int Start,
    int End,
    string Text);
