namespace VendorBot.Answering.Relevance;

/// <summary>How common words are in the indexed passages: the index's own term statistics.</summary>
public interface ITermStatistics
{
    /// <summary>
    /// Returns the number of passages and, for each word, the number of passages containing it (matched the way the
    /// index matches: case-folded and stemmed).
    /// </summary>
    Task<TermCounts> CountAsync(IReadOnlyCollection<string> words, CancellationToken cancellationToken);
}
