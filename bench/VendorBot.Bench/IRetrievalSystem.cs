using VendorBot.Knowledge.Search.Evaluation;

namespace VendorBot.Bench;

/// <summary>A search engine under test: builds an index of a collection, then answers queries with ranked documents.</summary>
internal interface IRetrievalSystem : IAsyncDisposable
{
    /// <summary>Name shown in the tables.</summary>
    string Name { get; }

    /// <summary>Indexes <paramref name="documents"/>.</summary>
    Task BuildAsync(IReadOnlyList<BeirDocument> documents, CancellationToken cancellationToken);

    /// <summary>Returns up to <paramref name="top"/> documents, best first.</summary>
    Task<IReadOnlyList<RankedDocument>> SearchAsync(string text, int top, CancellationToken cancellationToken);
}
