using VendorBot.Knowledge.Text;

namespace VendorBot.Knowledge;

/// <summary>A document loaded from the documents folder, with its metadata and plain text.</summary>
/// <param name="Id">Stable id: the path under the documents root, with forward slashes (e.g. <c>huawei/pakistan.md</c>).</param>
/// <param name="Title">Title from front matter, HTML <c>&lt;title&gt;</c>, PDF info, or the file name.</param>
/// <param name="Publisher">Who published it, when known.</param>
/// <param name="Url">Where it was published, when known.</param>
/// <param name="PublishedOn">Publication date, when known.</param>
/// <param name="Vendors">Vendors the document is about.</param>
/// <param name="Topics">Topics (e.g. backdoor, sanctions).</param>
/// <param name="ContentHash">SHA-256 (hex) of the file bytes; unchanged hash means the file is not re-indexed.</param>
/// <param name="Text">Plain text; passage offsets point into this string.</param>
public sealed record SourceDocument(
    string Id,
    string Title,
    string? Publisher,
    string? Url,
    DateOnly? PublishedOn,
    IReadOnlyList<string> Vendors,
    IReadOnlyList<string> Topics,
    string ContentHash,
    string Text)
{
    /// <summary>
    /// Headings the format marks explicitly (Markdown <c>#</c>, HTML <c>&lt;h1&gt;</c>), with spans in <see cref="Text"/>.
    /// Empty by default; heading-like lines of plain text are found by the chunker either way.
    /// </summary>
    public IReadOnlyList<TextHeading> Headings { get; init; } = [];

    /// <summary>How much of <see cref="PublishedOn"/> the source gives.</summary>
    public DatePrecision PublishedPrecision { get; init; }
}
