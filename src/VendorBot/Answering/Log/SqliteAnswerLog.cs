using System.Globalization;
using Microsoft.Data.Sqlite;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Answering.Log;

/// <summary>
/// The answers log in the index file (tables <c>answers</c>, <c>answer_sources</c>, <c>feedback</c>). Sources are
/// copies, not references: a reindex that changes or removes a document leaves old answers' sources intact.
/// </summary>
internal sealed class SqliteAnswerLog(KnowledgeDatabase database, TimeProvider time) : IAnswerLog
{
    private const string SelectAnswer =
        "SELECT id, created_at, question, answer, mode, mode_reason, channel_id, message_id FROM answers ";

    /// <inheritdoc />
    public async Task SaveAsync(AnswerResult answer, AnswerOrigin? origin, CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                using (var command = Command(connection, transaction, """
                    INSERT INTO answers (id, created_at, question, standalone_question, answer, mode, mode_reason,
                                         guild_id, channel_id, user_id, retrieval_ms, composition_ms)
                    VALUES ($id, $created, $question, $standalone, $answer, $mode, $reason, $guild, $channel, $user, $retrieval, $composition);
                    """))
                {
                    command.Parameters.AddWithValue("$id", answer.AnswerId);
                    command.Parameters.AddWithValue("$created", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                    command.Parameters.AddWithValue("$question", answer.Question);
                    command.Parameters.AddWithValue("$standalone", answer.StandaloneQuestion);
                    command.Parameters.AddWithValue("$answer", answer.Text);
                    command.Parameters.AddWithValue("$mode", ModeName(answer.Mode));
                    command.Parameters.AddWithValue("$reason", answer.ModeReason);
                    command.Parameters.AddWithValue("$guild", (object?)origin?.GuildId ?? DBNull.Value);
                    command.Parameters.AddWithValue("$channel", (object?)origin?.ChannelId ?? DBNull.Value);
                    command.Parameters.AddWithValue("$user", (object?)origin?.UserId ?? DBNull.Value);
                    command.Parameters.AddWithValue("$retrieval", answer.Timings.Retrieval.TotalMilliseconds);
                    command.Parameters.AddWithValue("$composition", answer.Timings.Composition.TotalMilliseconds);
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                foreach (var citation in answer.Citations)
                {
                    await InsertSourceAsync(connection, transaction, answer.AnswerId, citation, cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public Task<LoggedAnswer?> GetAsync(string answerId, CancellationToken cancellationToken) =>
        FindAsync(SelectAnswer + "WHERE id = $key;", answerId, cancellationToken);

    /// <inheritdoc />
    public Task<LoggedAnswer?> GetLatestInChannelAsync(string channelId, CancellationToken cancellationToken) =>
        FindAsync(SelectAnswer + "WHERE channel_id = $key ORDER BY created_at DESC, rowid DESC LIMIT 1;", channelId, cancellationToken);

    /// <inheritdoc />
    public async Task<bool> SetMessageIdAsync(string answerId, string messageId, CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = Command(connection, null, "UPDATE answers SET message_id = $message WHERE id = $id;");
            command.Parameters.AddWithValue("$message", messageId);
            command.Parameters.AddWithValue("$id", answerId);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }
    }

    /// <inheritdoc />
    public async Task<FeedbackTally?> RecordFeedbackAsync(string answerId, string userId, bool helpful, CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = Command(connection, null, """
                INSERT INTO feedback (answer_id, user_id, helpful, updated_at)
                SELECT $answer, $user, $helpful, $updated WHERE EXISTS (SELECT 1 FROM answers WHERE id = $answer)
                ON CONFLICT (answer_id, user_id) DO UPDATE SET helpful = excluded.helpful, updated_at = excluded.updated_at;
                """);
            command.Parameters.AddWithValue("$answer", answerId);
            command.Parameters.AddWithValue("$user", userId);
            command.Parameters.AddWithValue("$helpful", helpful ? 1 : 0);
            command.Parameters.AddWithValue("$updated", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return null;
            }

            return await TallyAsync(connection, answerId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<FeedbackTally> GetFeedbackAsync(string answerId, CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await TallyAsync(connection, answerId, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<FeedbackTally> TallyAsync(SqliteConnection connection, string answerId, CancellationToken cancellationToken)
    {
        using var command = Command(connection, null, "SELECT coalesce(sum(helpful), 0), coalesce(sum(1 - helpful), 0) FROM feedback WHERE answer_id = $answer;");
        command.Parameters.AddWithValue("$answer", answerId);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new FeedbackTally(reader.GetInt32(0), reader.GetInt32(1));
    }

    private async Task<LoggedAnswer?> FindAsync(string sql, string key, CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = Command(connection, null, sql);
            command.Parameters.AddWithValue("$key", key);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var id = reader.GetString(0);
            var createdAt = DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            var sources = await SourcesAsync(connection, id, cancellationToken).ConfigureAwait(false);
            return new LoggedAnswer(
                id,
                createdAt,
                reader.GetString(2),
                reader.GetString(3),
                Enum.Parse<AnswerMode>(reader.GetString(4), ignoreCase: true),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                sources);
        }
    }

    private static async Task<IReadOnlyList<Citation>> SourcesAsync(SqliteConnection connection, string answerId, CancellationToken cancellationToken)
    {
        using var command = Command(connection, null, """
            SELECT number, passage_id, document_id, document_title, publisher, url, published_on, quote, passage_text
            FROM answer_sources WHERE answer_id = $answer ORDER BY number;
            """);
        command.Parameters.AddWithValue("$answer", answerId);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var sources = new List<Citation>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sources.Add(new Citation(
                reader.GetInt32(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : DateOnly.ParseExact(reader.GetString(6), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                reader.GetString(7),
                reader.GetString(8)));
        }

        return sources;
    }

    private static async Task InsertSourceAsync(
        SqliteConnection connection, SqliteTransaction transaction, string answerId, Citation citation, CancellationToken cancellationToken)
    {
        using var command = Command(connection, transaction, """
            INSERT INTO answer_sources (answer_id, number, passage_id, document_id, document_title, publisher, url, published_on, passage_text, quote)
            VALUES ($answer, $number, $passage, $document, $title, $publisher, $url, $published, $text, $quote);
            """);
        command.Parameters.AddWithValue("$answer", answerId);
        command.Parameters.AddWithValue("$number", citation.Number);
        command.Parameters.AddWithValue("$passage", citation.PassageId);
        command.Parameters.AddWithValue("$document", citation.DocumentId);
        command.Parameters.AddWithValue("$title", citation.DocumentTitle);
        command.Parameters.AddWithValue("$publisher", (object?)citation.Publisher ?? DBNull.Value);
        command.Parameters.AddWithValue("$url", (object?)citation.Url ?? DBNull.Value);
        command.Parameters.AddWithValue("$published", (object?)citation.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value);
        command.Parameters.AddWithValue("$text", citation.PassageText);
        command.Parameters.AddWithValue("$quote", citation.Quote);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static string ModeName(AnswerMode mode) => mode.ToString().ToLowerInvariant();
}
