using VendorBot.Knowledge.Search.Evaluation;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Bench;

/// <summary>
/// The floor: the same passages, a plain OR query of the query's tokens, ordered by FTS5's <c>bm25()</c> (no column
/// weights), passages aggregated to documents by MaxP. It reads the index VendorBot built (no build of its own).
/// </summary>
internal sealed class RawFts5System(KnowledgeDatabase database) : IRetrievalSystem
{
    private const string Sql = """
        SELECT p.document_id, -bm25(passages_fts) FROM passages_fts JOIN passages p ON p.rowid = passages_fts.rowid
        WHERE passages_fts MATCH $expression ORDER BY bm25(passages_fts) LIMIT $limit
        """;

    public string Name => "raw FTS5 bm25()";

    public Task BuildAsync(IReadOnlyList<BeirDocument> documents, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<IReadOnlyList<RankedDocument>> SearchAsync(string text, int top, CancellationToken cancellationToken)
    {
        var expression = RawExpression(text);
        if (expression.Length == 0)
        {
            return [];
        }

        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Sql;
            command.Parameters.AddWithValue("$expression", expression);
            command.Parameters.AddWithValue("$limit", top * BeirLimits.PassagesPerDocument);
            var passages = new List<RankedDocument>();
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                passages.Add(new RankedDocument(reader.GetString(0), reader.GetDouble(1)));
            }

            return DocumentRanking.FromPassages(passages, top);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Every token of the text as a quoted FTS5 string, joined by OR (no stop words removed).</summary>
    public static string RawExpression(string text) =>
        string.Join(" OR ", Knowledge.Text.TextAnalyzer.Terms(text).Distinct(StringComparer.Ordinal).Select(token => "\"" + token + "\""));

}
