using VendorBot.Knowledge.Search;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Answering.Relevance;

/// <summary>
/// Term statistics from the index itself: the passage count from FTS5's averages record and document frequencies
/// from the <c>passages_vocab</c> table through the search's shared <see cref="DocumentFrequencyCache"/>. Terms are
/// Porter stems, the form FTS5's <c>porter</c> tokenizer stores.
/// </summary>
internal sealed class SqliteTermStatistics(KnowledgeDatabase database, DocumentFrequencyCache frequencies) : ITermStatistics
{
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
}
