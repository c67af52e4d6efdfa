using System.Globalization;
using System.Text.Json;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Knowledge.Articles;

/// <summary>Read queries over the index's documents for listing, duplicate checks and reports.</summary>
internal sealed class DocumentListing(KnowledgeDatabase database)
{
    private const string SelectSummaries = """
        SELECT d.id, d.title, d.publisher, d.url, d.published_on, d.vendors,
               (SELECT count(*) FROM passages p WHERE p.document_id = d.id)
        FROM documents d
        """;

    /// <summary>Every document (about <paramref name="vendor"/> when given), newest first.</summary>
    public async Task<IReadOnlyList<DocumentSummary>> ListAsync(string? vendor, CancellationToken cancellationToken)
    {
        var filter = string.IsNullOrWhiteSpace(vendor)
            ? string.Empty
            : " WHERE d.id IN (SELECT document_id FROM document_vendors WHERE vendor = $vendor COLLATE NOCASE)";
        return await QueryAsync(
            SelectSummaries + filter + " ORDER BY d.published_on IS NULL, d.published_on DESC, d.title;",
            ("$vendor", vendor?.Trim()),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The document with this id, or null.</summary>
    public async Task<DocumentSummary?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await QueryAsync(SelectSummaries + " WHERE d.id = $id;", ("$id", id), cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    /// <summary>The id of a document whose url is the same article as <paramref name="url"/> (<see cref="ArticleUrl"/>), or null.</summary>
    public async Task<string?> FindByUrlAsync(string url, CancellationToken cancellationToken)
    {
        var wanted = ArticleUrl.Normalise(url);
        if (wanted is null)
        {
            return null;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, url FROM documents WHERE url IS NOT NULL ORDER BY id;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (ArticleUrl.Normalise(reader.GetString(1)) == wanted)
            {
                return reader.GetString(0);
            }
        }

        return null;
    }

    private async Task<List<DocumentSummary>> QueryAsync(string sql, (string Name, string? Value) parameter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (sql.Contains(parameter.Name, StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue(parameter.Name, (object?)parameter.Value ?? DBNull.Value);
        }

        var documents = new List<DocumentSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            documents.Add(new DocumentSummary(
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                JsonSerializer.Deserialize<List<string>>(reader.GetString(5)) ?? [],
                Convert.ToInt32(reader.GetValue(6), CultureInfo.InvariantCulture)));
        }

        return documents;
    }
}
