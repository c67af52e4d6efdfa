using VendorBot.Answering.Relevance;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Text;

namespace VendorBot.Tests.Answering;

/// <summary>Term statistics counted over an in-memory list of passages (stemmed like the index), with a vendor list.</summary>
internal sealed class CorpusStatistics(IReadOnlyList<string> passages, params string[] vendors) : ITermStatistics
{
    public Task<TermCounts> CountAsync(IReadOnlyCollection<string> stems, CancellationToken cancellationToken)
    {
        var sets = passages.Select(TextAnalyzer.AllStems).ToList();
        var counts = stems.ToDictionary(s => s, s => (long)sets.Count(set => set.Contains(s)));
        return Task.FromResult(new TermCounts(passages.Count, counts));
    }

    public Task<IReadOnlyList<VendorDocumentCount>> VendorsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<VendorDocumentCount>>([.. vendors.Select(v => new VendorDocumentCount(v, 1))]);

    public Task<TermVocabulary> VocabularyAsync(CancellationToken cancellationToken) => Task.FromResult(new TermVocabulary(
        passages.SelectMany(TextAnalyzer.AllStems).GroupBy(s => s, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, (long)g.Count()))));
}
