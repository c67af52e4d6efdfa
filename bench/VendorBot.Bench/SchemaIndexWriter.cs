using System.Globalization;
using Microsoft.Data.Sqlite;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Chunking;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Bench;

/// <summary>
/// Writes documents into the v1 schema with the knowledge chunker: documents, passages and passages_fts rows in one
/// transaction with prepared commands. Passages may also be written as given (the scale corpus).
/// </summary>
internal static class SchemaIndexWriter
{
    /// <summary>Chunks and writes <paramref name="documents"/>; returns the number of passages.</summary>
    public static Task<long> WriteDocumentsAsync(KnowledgeDatabase database, IEnumerable<SourceDocument> documents, CancellationToken cancellationToken) =>
        WriteAsync(database, documents.Select(document => (document, PassageChunker.Chunk(document))), cancellationToken);

    /// <summary>Writes documents with the passages given; returns the number of passages.</summary>
    public static async Task<long> WriteAsync(
        KnowledgeDatabase database, IEnumerable<(SourceDocument Document, IReadOnlyList<Passage> Passages)> items, CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var transaction = connection.BeginTransaction();
            using var document = Prepare(connection, transaction, "INSERT INTO documents(id, title, publisher, url, published_on, vendors, topics, content_hash, text, indexed_at) VALUES ($1, $2, NULL, NULL, NULL, '[]', '[]', '', $3, '2026-01-01T00:00:00Z')", 3);
            using var passage = Prepare(connection, transaction, "INSERT INTO passages(id, document_id, ordinal, heading_path, start_offset, end_offset, title, body) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING rowid", 8);
            using var fts = Prepare(connection, transaction, "INSERT INTO passages_fts(rowid, title, heading_path, body) VALUES ($1, $2, $3, $4)", 4);
            long count = 0;
            foreach (var (source, passages) in items)
            {
                Bind(document, source.Id, source.Title, source.Text);
                await document.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                foreach (var p in passages)
                {
                    Bind(passage, p.Id, source.Id, p.Ordinal, p.HeadingPath, p.Start, p.End, source.Title, p.Text);
                    var rowId = Convert.ToInt64(await passage.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
                    Bind(fts, rowId, source.Title, p.HeadingPath, p.Text);
                    await fts.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    count++;
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return count;
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), null));
        }

        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }
}
