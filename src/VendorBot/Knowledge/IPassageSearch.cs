namespace VendorBot.Knowledge;

/// <summary>Full-text search over indexed passages. Never throws for any user input; returns an empty list instead.</summary>
public interface IPassageSearch
{
    /// <summary>Returns up to <see cref="SearchQuery.Top"/> passages, best first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken);
}
