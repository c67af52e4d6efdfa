using Microsoft.Data.Sqlite;

namespace VendorBot.Knowledge.Search;

/// <summary>
/// A small in-memory FTS5 table with exactly the index's tokenizer, used only to highlight the final hits:
/// the few winning passages are copied into it and FTS5's own <c>snippet()</c> runs there, instead of an FTS5 MATCH
/// with <c>rowid IN (...)</c> on the main index (which re-runs the whole match per rowid).
/// </summary>
internal sealed class ScratchIndex : IDisposable
{
    // External content over hits_content, so it can be emptied with FTS5's cheap 'delete-all' command.
    private const string Schema = """
        CREATE TABLE hits_content (rowid INTEGER PRIMARY KEY, title TEXT, heading_path TEXT, body TEXT);
        CREATE VIRTUAL TABLE hits USING fts5(title, heading_path, body, content = 'hits_content', content_rowid = 'rowid',
            tokenize = 'porter unicode61 remove_diacritics 2');
        """;

    private const string LoadSql = """
        INSERT INTO hits_content(rowid, title, heading_path, body) VALUES ($id, $title, $heading, $body);
        INSERT INTO hits(rowid, title, heading_path, body) VALUES ($id, $title, $heading, $body);
        """;

    private const string SnippetSql = "SELECT rowid, snippet(hits, 2, $open, $close, $ellipsis, $tokens) FROM hits WHERE hits MATCH $expression";

    private readonly SqliteConnection _connection;

    private ScratchIndex(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens a private in-memory database holding the scratch table.</summary>
    public static ScratchIndex Create()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Schema;
        command.ExecuteNonQuery();
        return new ScratchIndex(connection);
    }

    /// <summary>Highlighted body snippets of <paramref name="hits"/> matching the FTS5 <paramref name="expression"/>.</summary>
    public async Task<Dictionary<long, string>> SnippetsAsync(string expression, IReadOnlyList<CandidateText> hits, CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, string>(hits.Count);
        using var transaction = _connection.BeginTransaction();
        using (var clear = _connection.CreateCommand())
        {
            clear.CommandText = "INSERT INTO hits(hits) VALUES ('delete-all'); DELETE FROM hits_content;";
            await clear.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        using (var load = _connection.CreateCommand())
        {
            load.CommandText = LoadSql;
            var id = load.Parameters.Add("$id", SqliteType.Integer);
            var title = load.Parameters.Add("$title", SqliteType.Text);
            var heading = load.Parameters.Add("$heading", SqliteType.Text);
            var body = load.Parameters.Add("$body", SqliteType.Text);
            foreach (var hit in hits)
            {
                (id.Value, title.Value, heading.Value, body.Value) = (hit.RowId, hit.Title, hit.HeadingPath, hit.Body);
                await load.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        using (var command = _connection.CreateCommand())
        {
            command.CommandText = SnippetSql;
            command.Parameters.AddWithValue("$open", SearchLimits.HighlightOpen);
            command.Parameters.AddWithValue("$close", SearchLimits.HighlightClose);
            command.Parameters.AddWithValue("$ellipsis", SearchLimits.SnippetEllipsis);
            command.Parameters.AddWithValue("$tokens", SearchLimits.SnippetTokens);
            command.Parameters.AddWithValue("$expression", expression);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                result[reader.GetInt64(0)] = reader.IsDBNull(1) ? string.Empty : reader.GetString(1);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();
}
