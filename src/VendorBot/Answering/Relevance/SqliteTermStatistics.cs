using VendorBot.Knowledge;
using VendorBot.Knowledge.Search;
using VendorBot.Knowledge.Storage;
using VendorBot.Knowledge.Text;

namespace VendorBot.Answering.Relevance;

/// <summary>
/// Term statistics from the index itself: the passage count from FTS5's averages record and document frequencies
/// from the <c>passages_vocab</c> table through the search's shared <see cref="DocumentFrequencyCache"/>. Terms are
/// Porter stems, the form FTS5's <c>porter</c> tokenizer stores. The vendor list is read once per index generation, and
/// so is the whole vocabulary, when a question first has a word the index has never seen.
/// </summary>
internal sealed class SqliteTermStatistics(KnowledgeDatabase database, DocumentFrequencyCache frequencies, KnowledgeCatalog catalog) : ITermStatistics
{
    private volatile VendorSnapshot? _vendors;
    private volatile VocabularySnapshot? _vocabulary;

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

    /// <inheritdoc />
    public async Task<TermVocabulary> VocabularyAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var statistics = await IndexStatistics.ReadAsync(connection, cancellationToken).ConfigureAwait(false);
            if (_vocabulary is { } cached && cached.Generation == statistics.Generation && cached.Passages == statistics.PassageCount)
            {
                return cached.Vocabulary;
            }

            var terms = new List<KeyValuePair<string, long>>();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT term, doc FROM passages_vocab";
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    terms.Add(new(reader.GetString(0), reader.GetInt64(1)));
                }
            }

            var vocabulary = new TermVocabulary(terms);
            _vocabulary = new VocabularySnapshot(statistics.Generation, statistics.PassageCount, vocabulary);
            return vocabulary;
        }
    }

    private sealed record VocabularySnapshot(long Generation, long Passages, TermVocabulary Vocabulary);

    private sealed record VendorSnapshot(long Generation, long Passages, IReadOnlyList<VendorDocumentCount> Vendors);
}
