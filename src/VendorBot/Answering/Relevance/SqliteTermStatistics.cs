using VendorBot.Knowledge;
using VendorBot.Knowledge.Search;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Answering.Relevance;

/// <summary>
/// Term statistics from the index itself: the passage count from FTS5's averages record and document frequencies
/// from the <c>passages_vocab</c> table through the search's shared <see cref="DocumentFrequencyCache"/>. Terms are
/// Porter stems, the form FTS5's <c>porter</c> tokenizer stores. The vendor list is read once per index generation.
/// </summary>
internal sealed class SqliteTermStatistics(KnowledgeDatabase database, DocumentFrequencyCache frequencies, KnowledgeCatalog catalog) : ITermStatistics
{
    private volatile VendorSnapshot? _vendors;

    /// <inheritdoc />
    public async Task<TermCounts> CountAsync(IReadOnlyCollection<string> stems, CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var statistics = await IndexStatistics.ReadAsync(connection, cancellationToken).ConfigureAwait(false);
            var counts = await frequencies.GetAsync(connection, statistics, stems, cancellationToken).ConfigureAwait(false);
            return new TermCounts(statistics.PassageCount, counts);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<VendorDocumentCount>> VendorsAsync(CancellationToken cancellationToken)
    {
        IndexStatistics statistics;
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            statistics = await IndexStatistics.ReadAsync(connection, cancellationToken).ConfigureAwait(false);
        }

        if (_vendors is { } cached && cached.Generation == statistics.Generation && cached.Passages == statistics.PassageCount)
        {
            return cached.Vendors;
        }

        var vendors = await catalog.ListVendorsAsync(cancellationToken).ConfigureAwait(false);
        _vendors = new VendorSnapshot(statistics.Generation, statistics.PassageCount, vendors);
        return vendors;
    }

    private sealed record VendorSnapshot(long Generation, long Passages, IReadOnlyList<VendorDocumentCount> Vendors);
}
