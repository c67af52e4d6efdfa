using Microsoft.Data.Sqlite;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Answering.Relevance;

/// <summary>
/// Term statistics from the FTS5 index: a word's document frequency is the number of passages its quoted phrase
/// matches, so FTS5 applies its own tokenizer (porter, diacritics removed) to it exactly as it did when indexing.
/// Words are letters and digits only (see <see cref="Text.TextTokenizer"/>), so the quoted phrase is always valid.
/// </summary>
internal sealed class SqliteTermStatistics(KnowledgeDatabase database) : ITermStatistics
{
    /// <inheritdoc />
    public async Task<TermCounts> CountAsync(IReadOnlyCollection<string> words, CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var total = await ScalarAsync(connection, "SELECT count(*) FROM passages;", null, cancellationToken).ConfigureAwait(false);
            var frequencies = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var word in words.Where(IsPlainWord))
            {
                frequencies[word] = await ScalarAsync(
                    connection,
                    "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH $phrase;",
                    "\"" + word + "\"",
                    cancellationToken).ConfigureAwait(false);
            }

            return new TermCounts(total, frequencies);
        }
    }

    private static bool IsPlainWord(string word) => word.Length > 0 && word.All(char.IsLetterOrDigit);

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, string? phrase, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (phrase is not null)
        {
            command.Parameters.AddWithValue("$phrase", phrase);
        }

        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is long count ? count : 0;
    }
}
