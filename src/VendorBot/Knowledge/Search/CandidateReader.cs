using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace VendorBot.Knowledge.Search;

/// <summary>The SQL of search: first-stage candidates from FTS5, their text, and the metadata of the final hits.</summary>
internal static class CandidateReader
{
    private const string CandidatesSql = """
        SELECT rowid FROM passages_fts
        WHERE passages_fts MATCH $expression
        ORDER BY bm25(passages_fts, $titleWeight, $headingWeight, $bodyWeight) LIMIT $limit
        """;

    private const string VendorCandidatesSql = """
        SELECT rowid FROM passages_fts
        WHERE passages_fts MATCH $expression AND rowid IN (
            SELECT p.rowid FROM passages p JOIN document_vendors v ON v.document_id = p.document_id WHERE v.vendor IN (SELECT value FROM json_each($vendors)))
        ORDER BY bm25(passages_fts, $titleWeight, $headingWeight, $bodyWeight) LIMIT $limit
        """;

    /// <summary>The best <paramref name="limit"/> passages by FTS5 bm25 with column weights, optionally of some vendors only.</summary>
    public static async Task<List<long>> CandidatesAsync(
        SqliteConnection connection, string expression, IReadOnlyList<string> vendors, int limit, SearchOptions options, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = vendors.Count == 0 ? CandidatesSql : VendorCandidatesSql;
        command.Parameters.AddWithValue("$expression", expression);
        command.Parameters.AddWithValue("$titleWeight", options.TitleWeight);
        command.Parameters.AddWithValue("$headingWeight", options.HeadingWeight);
        command.Parameters.AddWithValue("$bodyWeight", options.BodyWeight);
        command.Parameters.AddWithValue("$limit", limit);
        if (vendors.Count > 0)
        {
            command.Parameters.AddWithValue("$vendors", JsonSerializer.Serialize(vendors));
        }

        var rowIds = new List<long>(limit);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rowIds.Add(reader.GetInt64(0));
        }

        return rowIds;
    }

    /// <summary>The indexed columns of <paramref name="rowIds"/>.</summary>
    public static async Task<List<CandidateText>> TextsAsync(SqliteConnection connection, IReadOnlyCollection<long> rowIds, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid, title, heading_path, body FROM passages WHERE rowid IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(rowIds));
        var texts = new List<CandidateText>(rowIds.Count);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            texts.Add(new CandidateText(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return texts;
    }

    /// <summary>Passages and their documents' metadata for the final hits.</summary>
    public static async Task<Dictionary<long, (Passage Passage, DocumentInfo Document)>> HitsAsync(
        SqliteConnection connection, IReadOnlyCollection<long> rowIds, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT p.rowid, p.id, p.document_id, p.ordinal, p.heading_path, p.start_offset, p.end_offset, p.body,
                   d.title, d.publisher, d.url, d.published_on, d.vendors
            FROM passages p JOIN documents d ON d.id = p.document_id
            WHERE p.rowid IN (SELECT value FROM json_each($ids))
            """;
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(rowIds));
        var hits = new Dictionary<long, (Passage, DocumentInfo)>(rowIds.Count);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var passage = new Passage(
                reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetString(7));
            var published = PublishedDates.Parse(reader.IsDBNull(11) ? null : reader.GetString(11));
            var document = new DocumentInfo(
                passage.DocumentId,
                reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetString(10),
                published?.Date,
                ParseVendors(reader.GetString(12)))
            {
                PublishedPrecision = published?.Precision ?? DatePrecision.Day,
            };
            hits[reader.GetInt64(0)] = (passage, document);
        }

        return hits;
    }

    private static string[] ParseVendors(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<string[]>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
