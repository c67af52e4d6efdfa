namespace VendorBot.Answering.Relevance;

/// <summary>How common terms are in the indexed passages: the index's own term statistics.</summary>
internal interface ITermStatistics
{
    /// <summary>Returns the number of passages and, for each stem, the number of passages containing it (0 when unknown).</summary>
    Task<TermCounts> CountAsync(IReadOnlyCollection<string> stems, CancellationToken cancellationToken);
}
