using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace VendorBot.Knowledge.Loading;

/// <summary>PDF files (PdfPig): the text of every page in reading order; title, author (as publisher) and creation date from the info dictionary.</summary>
internal sealed class PdfFormat : IDocumentFormat
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    /// <inheritdoc />
    public DocumentContent Read(byte[] bytes)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            var pages = pdf.GetPages()
                .Select(page => ContentOrderTextExtractor.GetText(page).Trim())
                .Where(text => text.Length > 0);
            var text = TextDecoder.NormaliseLineEnds(string.Join("\n\n", pages));
            var info = pdf.Information;
            var created = info.GetCreatedDateTimeOffset();
            return new DocumentContent(text)
            {
                Title = string.IsNullOrWhiteSpace(info.Title) ? null : info.Title.Trim(),
                Publisher = string.IsNullOrWhiteSpace(info.Author) ? null : info.Author.Trim(),
                PublishedOn = created is null ? null : DateOnly.FromDateTime(created.Value.UtcDateTime),
            };
        }
        catch (Exception ex) when (ex is not DocumentLoadException and not OutOfMemoryException)
        {
            throw new DocumentLoadException($"not a readable PDF: {ex.Message}", ex);
        }
    }
}
