namespace VendorBot.Knowledge.Articles;

/// <summary>What adding an article did: it was added as <see cref="Document"/>, or it was already there as <see cref="Document"/>.</summary>
/// <param name="Document">The added document, or the one already present.</param>
/// <param name="Duplicate">Null when added; otherwise why it counts as already present ("the same link", "the same text").</param>
public sealed record AddOutcome(DocumentSummary Document, string? Duplicate)
{
    /// <summary>True when the article was written and indexed.</summary>
    public bool Added => Duplicate is null;
}
