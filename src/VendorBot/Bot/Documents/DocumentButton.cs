namespace VendorBot.Bot.Documents;

/// <summary>What a <c>/documents</c> button asks for, parsed from its custom_id.</summary>
internal abstract record DocumentButton
{
    private DocumentButton()
    {
    }

    /// <summary>Show page <paramref name="Number"/> of the list filtered by <paramref name="Vendor"/> and <paramref name="Query"/>.</summary>
    internal sealed record Page(int Number, string? Vendor, string? Query) : DocumentButton;

    /// <summary>Remove the document whose id has this key (<see cref="DocumentReplies.KeyOf"/>): a confirmed removal or an undo.</summary>
    internal sealed record RemoveDocument(string Key) : DocumentButton;

    /// <summary>Keep the document: the removal was not confirmed.</summary>
    internal sealed record Keep : DocumentButton;
}
