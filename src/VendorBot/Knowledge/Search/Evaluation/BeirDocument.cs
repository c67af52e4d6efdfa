namespace VendorBot.Knowledge.Search.Evaluation;

/// <summary>One corpus document of a BEIR collection.</summary>
internal sealed record BeirDocument(string Id, string Title, string Text)
{
    /// <summary>
    /// The document as the knowledge pipeline indexes it: the BEIR title as the title (its own FTS column), the text as
    /// the text (the title when the text is empty), a content hash so re-running over the same index skips it.
    /// </summary>
    public SourceDocument ToSourceDocument()
    {
        var text = string.IsNullOrWhiteSpace(Text) ? Title : Text;
        var hash = ContentHash.Of(Title + "\n" + text);
        return new SourceDocument(Id, Title, null, null, null, [], [], hash, text);
    }
}
