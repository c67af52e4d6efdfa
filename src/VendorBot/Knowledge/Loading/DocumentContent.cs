using VendorBot.Knowledge.Text;

namespace VendorBot.Knowledge.Loading;

/// <summary>What a format reader gets out of a file: metadata it carries (any may be missing) and the plain text.</summary>
internal sealed record DocumentContent(string Text)
{
    /// <summary>The title the file carries, if any.</summary>
    public string? Title { get; init; }

    /// <summary>The publisher the file names, if any.</summary>
    public string? Publisher { get; init; }

    /// <summary>The canonical url, if any.</summary>
    public string? Url { get; init; }

    /// <summary>The publication date, if any.</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>How much of <see cref="PublishedOn"/> the file gives.</summary>
    public DatePrecision PublishedPrecision { get; init; }

    /// <summary>Vendors the document is about.</summary>
    public IReadOnlyList<string> Vendors { get; init; } = [];

    /// <summary>Topics of the document.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Headings marked by the format, with spans in <see cref="Text"/>.</summary>
    public IReadOnlyList<TextHeading> Headings { get; init; } = [];
}
