namespace VendorBot.Knowledge.Articles;

/// <summary>Corrections to a document's front matter; a null value is left as it is.</summary>
/// <param name="Title">The new title.</param>
/// <param name="Publisher">The new publisher (replaces <c>publisher</c> and <c>source</c>).</param>
/// <param name="Published">The new publication date, <c>yyyy-MM-dd</c> or <c>yyyy-MM</c> (replaces <c>published</c> and <c>date</c>).</param>
/// <param name="Vendors">The vendors it is about, replacing the list.</param>
public sealed record DocumentEdit(string? Title, string? Publisher, string? Published, IReadOnlyList<string>? Vendors)
{
    /// <summary>True when nothing would change.</summary>
    public bool IsEmpty => Title is null && Publisher is null && Published is null && Vendors is null;
}
