namespace VendorBot.Knowledge.Articles;

/// <summary>An article's main text and metadata, as extracted from a page, a PDF or a text file.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Blocks">The main text: paragraphs and headings in order, without navigation, ads or boilerplate.</param>
public sealed record ExtractedArticle(string Title, IReadOnlyList<ArticleBlock> Blocks)
{
    /// <summary>Who published it (site name), when known.</summary>
    public string? Publisher { get; init; }

    /// <summary>Who wrote it, when known.</summary>
    public string? Author { get; init; }

    /// <summary>When it was published, with the precision the source gave.</summary>
    public PublishedDate? Published { get; init; }

    /// <summary>The canonical address of the article (from the page, else the address it was fetched from).</summary>
    public string? Url { get; init; }

    /// <summary>Vendors the source itself names in its metadata (front matter of an added Markdown file).</summary>
    public IReadOnlyList<string> Vendors { get; init; } = [];

    /// <summary>Topics the source itself names in its metadata.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>The main text as plain text: blocks separated by blank lines.</summary>
    public string Text => string.Join("\n\n", Blocks.Select(block => block.Text));
}
