using VendorBot.Knowledge;
using VendorBot.Knowledge.Text;

namespace VendorBot.Answering.Relevance;

/// <summary>What the index knows about words and vendors: its own term statistics and vendor list.</summary>
internal interface ITermStatistics
{
    /// <summary>Returns the number of passages and, for each stem, the number of passages containing it (0 when unknown).</summary>
    Task<TermCounts> CountAsync(IReadOnlyCollection<string> stems, CancellationToken cancellationToken);

    /// <summary>The vendors of the indexed documents with the number of documents about each, most documents first.</summary>
    Task<IReadOnlyList<VendorDocumentCount>> VendorsAsync(CancellationToken cancellationToken);

    /// <summary>The index's terms with their passage counts, for correcting typos of words it has never seen.</summary>
    Task<TermVocabulary> VocabularyAsync(CancellationToken cancellationToken);
}
