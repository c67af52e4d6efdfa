using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace VendorBot.Knowledge.Search;

/// <summary>
/// A small in-memory FTS5 table with exactly the index's tokenizer. Candidate passages are copied into it so their
/// per-term, per-column frequencies (fts5vocab 'instance') and lengths (docsize) can be read with the same stemming
/// the index used, and so snippets can be highlighted without running the query against the whole index again.
/// </summary>
internal sealed class ScratchIndex : IDisposable
{
    // The pool and feedback tables are external-content tables over pool_content, so they can be emptied with FTS5's
    // cheap 'delete-all' command instead of re-tokenizing every old row to delete it.
    private const string Schema = """
        CREATE TABLE pool_content (rowid INTEGER PRIMARY KEY, title TEXT, heading_path TEXT, body TEXT);
        CREATE VIRTUAL TABLE pool USING fts5(title, heading_path, body, content = 'pool_content', content_rowid = 'rowid',
            tokenize = 'porter unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE pool_terms USING fts5vocab(pool, 'instance');
        CREATE VIRTUAL TABLE feedback USING fts5(title, heading_path, body, content = 'pool_content', content_rowid = 'rowid',
            tokenize = 'porter unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE feedback_terms USING fts5vocab(feedback, 'instance');
        CREATE VIRTUAL TABLE stemmer USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE stemmer_terms USING fts5vocab(stemmer, 'instance');
        """;

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

    /// <summary>Returns the index terms (stems) of each of <paramref name="terms"/>, in order (usually one stem per term).</summary>
    public async Task<IReadOnlyList<string>[]> StemAsync(IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var stems = new List<string>[terms.Count];
        for (var i = 0; i < stems.Length; i++)
        {
            stems[i] = [];
        }

        using var transaction = _connection.BeginTransaction();
        await ExecuteAsync("DELETE FROM stemmer", cancellationToken).ConfigureAwait(false);
        using (var insert = _connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO stemmer(rowid, text) VALUES ($id, $text)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var text = insert.Parameters.Add("$text", SqliteType.Text);
            for (var i = 0; i < terms.Count; i++)
            {
                id.Value = i;
                text.Value = terms[i];
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "SELECT doc, term FROM stemmer_terms ORDER BY doc, offset";
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                stems[reader.GetInt32(0)].Add(reader.GetString(1));
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return stems;
    }

    /// <summary>Replaces the pool with <paramref name="candidates"/> (and empties the feedback table).</summary>
    public async Task LoadAsync(IReadOnlyList<CandidateText> candidates, CancellationToken cancellationToken)
    {
        using var transaction = _connection.BeginTransaction();
        await ExecuteAsync(
            "INSERT INTO pool(pool) VALUES ('delete-all'); INSERT INTO feedback(feedback) VALUES ('delete-all'); DELETE FROM pool_content;",
            cancellationToken).ConfigureAwait(false);
        using var content = _connection.CreateCommand();
        content.CommandText = """
            INSERT INTO pool_content(rowid, title, heading_path, body) VALUES ($id, $title, $heading, $body);
            INSERT INTO pool(rowid, title, heading_path, body) VALUES ($id, $title, $heading, $body);
            """;
        var id = content.Parameters.Add("$id", SqliteType.Integer);
        var title = content.Parameters.Add("$title", SqliteType.Text);
        var heading = content.Parameters.Add("$heading", SqliteType.Text);
        var body = content.Parameters.Add("$body", SqliteType.Text);
        foreach (var candidate in candidates)
        {
            id.Value = candidate.RowId;
            title.Value = candidate.Title;
            heading.Value = candidate.HeadingPath;
            body.Value = candidate.Body;
            await content.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Frequencies per column of <paramref name="terms"/> in each loaded passage that contains any of them.</summary>
    public async Task<Dictionary<long, Dictionary<string, FieldCounts>>> FrequenciesAsync(
        IReadOnlyCollection<string> terms, CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, Dictionary<string, FieldCounts>>();
        if (terms.Count == 0)
        {
            return result;
        }

        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT doc, term, col, count(*) FROM pool_terms
            WHERE term IN (SELECT value FROM json_each($terms)) GROUP BY doc, term, col
            """;
        command.Parameters.AddWithValue("$terms", JsonSerializer.Serialize(terms));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var doc = reader.GetInt64(0);
            if (!result.TryGetValue(doc, out var perTerm))
            {
                result[doc] = perTerm = new Dictionary<string, FieldCounts>(StringComparer.Ordinal);
            }

            var term = reader.GetString(1);
            perTerm[term] = perTerm.GetValueOrDefault(term).Add(reader.GetString(2), reader.GetInt32(3));
        }

        return result;
    }

    /// <summary>Every term of the pooled passages <paramref name="rowIds"/> with its count over all columns.</summary>
    public async Task<Dictionary<long, Dictionary<string, int>>> TermsOfAsync(IReadOnlyCollection<long> rowIds, CancellationToken cancellationToken)
    {
        var result = rowIds.ToDictionary(id => id, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        using var command = _connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feedback(feedback) VALUES ('delete-all');
            INSERT INTO feedback(rowid, title, heading_path, body)
                SELECT rowid, title, heading_path, body FROM pool_content WHERE rowid IN (SELECT value FROM json_each($ids));
            SELECT doc, term, count(*) FROM feedback_terms GROUP BY doc, term;
            """;
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(rowIds));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result[reader.GetInt64(0)][reader.GetString(1)] = reader.GetInt32(2);
        }

        return result;
    }

    /// <summary>Token counts per column of every loaded passage.</summary>
    public async Task<Dictionary<long, FieldCounts>> LengthsAsync(CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, FieldCounts>();
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, sz FROM pool_docsize";
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result[reader.GetInt64(0)] = FieldCounts.From(SqliteVarint.ReadAll((byte[])reader.GetValue(1), 3));
        }

        return result;
    }

    /// <summary>Highlighted body snippets for the pooled passages <paramref name="rowIds"/> matching the FTS5 <paramref name="expression"/>.</summary>
    public async Task<Dictionary<long, string>> SnippetsAsync(string expression, IReadOnlyCollection<long> rowIds, CancellationToken cancellationToken)
    {
        // Copied into the small feedback table first: an FTS5 MATCH with "rowid IN (...)" re-runs the match per rowid.
        var result = new Dictionary<long, string>();
        using var command = _connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feedback(feedback) VALUES ('delete-all');
            INSERT INTO feedback(rowid, title, heading_path, body)
                SELECT rowid, title, heading_path, body FROM pool_content WHERE rowid IN (SELECT value FROM json_each($ids));
            SELECT rowid, snippet(feedback, 2, $open, $close, $ellipsis, $tokens) FROM feedback WHERE feedback MATCH $expression;
            """;
        command.Parameters.AddWithValue("$open", SearchLimits.HighlightOpen);
        command.Parameters.AddWithValue("$close", SearchLimits.HighlightClose);
        command.Parameters.AddWithValue("$ellipsis", SearchLimits.SnippetEllipsis);
        command.Parameters.AddWithValue("$tokens", SearchLimits.SnippetTokens);
        command.Parameters.AddWithValue("$expression", expression);
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(rowIds));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result[reader.GetInt64(0)] = reader.IsDBNull(1) ? string.Empty : reader.GetString(1);
        }

        return result;
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
