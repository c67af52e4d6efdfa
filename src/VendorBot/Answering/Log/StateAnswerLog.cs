using System.Data.Common;
using System.Globalization;
using VendorBot.Knowledge;
using VendorBot.State;

namespace VendorBot.Answering.Log;

/// <summary>
/// The answers log in the state store (tables <c>answers</c>, <c>answer_sources</c>, <c>feedback</c>), the same SQL on
/// SQLite and PostgreSQL. Sources are copies, not references: a reindex that changes or removes a document leaves old
/// answers' sources intact, and nothing the indexer does can block a write here. Every write takes the process's write
/// turn (<see cref="StateDatabase.EnterWriteAsync"/>), so a burst of answers never has its own writers time out on the lock.
/// </summary>
internal sealed class StateAnswerLog(StateDatabase database, TimeProvider time) : IAnswerLog
{
    private const string SelectAnswer =
        "SELECT id, created_at, question, answer, mode, mode_reason, channel_id, message_id FROM answers ";

    /// <inheritdoc />
    public async Task SaveAsync(AnswerResult answer, AnswerOrigin? origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        using var turn = await database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // One command (the answer and every source row), so PostgreSQL gets it in one round trip.
                var sql = new System.Text.StringBuilder("""
                    INSERT INTO answers (id, created_at, question, standalone_question, answer, mode, mode_reason,
                                         guild_id, channel_id, user_id, retrieval_ms, composition_ms)
                    VALUES (@id, @created, @question, @standalone, @answer, @mode, @reason, @guild, @channel, @user, @retrieval, @composition);
                    """);
                var parameters = new List<(string Name, object? Value)>
                {
                    ("id", answer.AnswerId),
                    ("created", StateSql.Timestamp(time.GetUtcNow())),
                    ("question", answer.Question),
                    ("standalone", answer.StandaloneQuestion),
                    ("answer", answer.Text),
                    ("mode", answer.Mode.ToString().ToLowerInvariant()),
                    ("reason", answer.ModeReason),
                    ("guild", origin?.GuildId),
                    ("channel", origin?.ChannelId),
                    ("user", origin?.UserId),
                    ("retrieval", answer.Timings.Retrieval.TotalMilliseconds),
                    ("composition", answer.Timings.Composition.TotalMilliseconds),
                };
                if (answer.Citations.Count > 0)
                {
                    sql.Append("INSERT INTO answer_sources (answer_id, number, passage_id, document_id, document_title, publisher, url, published_on, passage_text, quote) VALUES ");
                    for (var i = 0; i < answer.Citations.Count; i++)
                    {
                        var citation = answer.Citations[i];
                        sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}(@id, @n{i}, @p{i}, @d{i}, @t{i}, @pub{i}, @u{i}, @on{i}, @x{i}, @q{i})");
                        parameters.AddRange(
                        [
                            ($"n{i}", citation.Number),
                            ($"p{i}", citation.PassageId),
                            ($"d{i}", citation.DocumentId),
                            ($"t{i}", citation.DocumentTitle),
                            ($"pub{i}", citation.Publisher),
                            ($"u{i}", citation.Url),
                            ($"on{i}", citation.PublishedText),
                            ($"x{i}", citation.PassageText),
                            ($"q{i}", citation.Quote),
                        ]);
                    }

                    sql.Append(';');
                }

                await StateSql.ExecuteAsync(connection, transaction, sql.ToString(), cancellationToken, [.. parameters]).ConfigureAwait(false);

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public Task<LoggedAnswer?> GetAsync(string answerId, CancellationToken cancellationToken) =>
        FindAsync(SelectAnswer + "WHERE id = @key;", answerId, cancellationToken);

    /// <inheritdoc />
    public Task<LoggedAnswer?> GetLatestInChannelAsync(string channelId, CancellationToken cancellationToken) =>
        FindAsync(SelectAnswer + "WHERE channel_id = @key ORDER BY created_at DESC, seq DESC LIMIT 1;", channelId, cancellationToken);

    /// <inheritdoc />
    public async Task<bool> SetMessageIdAsync(string answerId, string messageId, CancellationToken cancellationToken)
    {
        using var turn = await database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await StateSql.ExecuteAsync(
                connection, null, "UPDATE answers SET message_id = @message WHERE id = @id;", cancellationToken, ("message", messageId), ("id", answerId))
                .ConfigureAwait(false) == 1;
        }
    }

    /// <inheritdoc />
    public async Task<FeedbackTally?> RecordFeedbackAsync(string answerId, string userId, bool helpful, CancellationToken cancellationToken)
    {
        using var turn = await database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // One statement, so two processes recording the same user's clicks at once leave exactly one row (the last).
            var written = await StateSql.ExecuteAsync(
                connection,
                null,
                """
                INSERT INTO feedback (answer_id, user_id, helpful, updated_at)
                SELECT @answer, @user, @helpful, @updated WHERE EXISTS (SELECT 1 FROM answers WHERE id = @answer)
                ON CONFLICT (answer_id, user_id) DO UPDATE SET helpful = excluded.helpful, updated_at = excluded.updated_at;
                """,
                cancellationToken,
                ("answer", answerId),
                ("user", userId),
                ("helpful", helpful ? 1 : 0),
                ("updated", StateSql.Timestamp(time.GetUtcNow()))).ConfigureAwait(false);
            return written == 0 ? null : await TallyAsync(connection, answerId, cancellationToken).ConfigureAwait(false);
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

    /// <inheritdoc />
    public async Task<IReadOnlyList<LoggedQuestion>> ListSinceAsync(DateTimeOffset since, string? guildId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var window = guildId is null ? "a.created_at >= @since" : "a.created_at >= @since AND a.guild_id = @guild";
        (string Name, object? Value)[] parameters = [("since", StateSql.Timestamp(since)), ("guild", guildId), ("limit", limit)];
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // One read transaction: the answers, their sources and their votes as of one moment.
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var sources = new Dictionary<string, List<LoggedSource>>(StringComparer.Ordinal);
                await ReadAsync(
                    connection, transaction,
                    $"SELECT s.answer_id, s.number, s.document_id, s.document_title, s.publisher, s.url FROM answer_sources s JOIN answers a ON a.id = s.answer_id WHERE {window} ORDER BY s.answer_id, s.number;",
                    parameters,
                    reader =>
                    {
                        var answerId = reader.GetString(0);
                        if (!sources.TryGetValue(answerId, out var list))
                        {
                            sources[answerId] = list = [];
                        }

                        list.Add(new LoggedSource(
                            reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
                    },
                    cancellationToken).ConfigureAwait(false);
                var votes = new Dictionary<string, FeedbackTally>(StringComparer.Ordinal);
                await ReadAsync(
                    connection, transaction,
                    $"SELECT f.answer_id, coalesce(sum(f.helpful), 0), coalesce(sum(1 - f.helpful), 0) FROM feedback f JOIN answers a ON a.id = f.answer_id WHERE {window} GROUP BY f.answer_id;",
                    parameters,
                    reader => votes[reader.GetString(0)] = new FeedbackTally((int)reader.GetInt64(1), (int)reader.GetInt64(2)),
                    cancellationToken).ConfigureAwait(false);
                var questions = new List<LoggedQuestion>();
                await ReadAsync(
                    connection, transaction,
                    $"SELECT a.id, a.created_at, a.question, a.standalone_question, a.answer, a.guild_id FROM answers a WHERE {window} ORDER BY a.created_at DESC, a.seq DESC LIMIT @limit;",
                    parameters,
                    reader =>
                    {
                        var answerId = reader.GetString(0);
                        questions.Add(new LoggedQuestion(
                            answerId,
                            StateSql.ParseTimestamp(reader.GetString(1)),
                            reader.GetString(2),
                            reader.IsDBNull(3) ? null : reader.GetString(3),
                            reader.GetString(4),
                            reader.IsDBNull(5) ? null : reader.GetString(5),
                            sources.GetValueOrDefault(answerId) ?? [],
                            votes.GetValueOrDefault(answerId) ?? new FeedbackTally(0, 0)));
                    },
                    cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return questions;
            }
        }
    }

    // Runs a query with those of the parameters its text names (PostgreSQL refuses parameters it cannot type).
    private static async Task ReadAsync(
        DbConnection connection, DbTransaction transaction, string sql, (string Name, object? Value)[] parameters, Action<DbDataReader> row,
        CancellationToken cancellationToken)
    {
        var used = parameters.Where(p => sql.Contains("@" + p.Name, StringComparison.Ordinal)).ToArray();
        var command = StateSql.Command(connection, transaction, sql, used);
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    row(reader);
                }
            }
        }
    }

    private static async Task<FeedbackTally> TallyAsync(DbConnection connection, string answerId, CancellationToken cancellationToken)
    {
        var command = StateSql.Command(
            connection, null, "SELECT coalesce(sum(helpful), 0), coalesce(sum(1 - helpful), 0) FROM feedback WHERE answer_id = @answer;", ("answer", answerId));
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                return new FeedbackTally((int)reader.GetInt64(0), (int)reader.GetInt64(1));
            }
        }
    }

    private async Task<LoggedAnswer?> FindAsync(string sql, string key, CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            LoggedAnswer answer;
            var command = StateSql.Command(connection, null, sql, ("key", key));
            await using (command.ConfigureAwait(false))
            {
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        return null;
                    }

                    answer = new LoggedAnswer(
                        reader.GetString(0),
                        StateSql.ParseTimestamp(reader.GetString(1)),
                        reader.GetString(2),
                        reader.GetString(3),
                        Enum.Parse<AnswerMode>(reader.GetString(4), ignoreCase: true),
                        reader.IsDBNull(5) ? null : reader.GetString(5),
                        reader.IsDBNull(6) ? null : reader.GetString(6),
                        reader.IsDBNull(7) ? null : reader.GetString(7),
                        []);
                }
            }

            return answer with { Sources = await SourcesAsync(connection, answer.AnswerId, cancellationToken).ConfigureAwait(false) };
        }
    }

    private static async Task<IReadOnlyList<Citation>> SourcesAsync(DbConnection connection, string answerId, CancellationToken cancellationToken)
    {
        var command = StateSql.Command(connection, null, """
            SELECT number, passage_id, document_id, document_title, publisher, url, published_on, quote, passage_text
            FROM answer_sources WHERE answer_id = @answer ORDER BY number;
            """, ("answer", answerId));
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var sources = new List<Citation>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var published = PublishedDates.Parse(reader.IsDBNull(6) ? null : reader.GetString(6));
                    sources.Add(new Citation(
                        reader.GetInt32(0),
                        reader.GetString(1),
                        reader.GetString(2),
                        reader.GetString(3),
                        reader.IsDBNull(4) ? null : reader.GetString(4),
                        reader.IsDBNull(5) ? null : reader.GetString(5),
                        published?.Date,
                        reader.GetString(7),
                        reader.GetString(8))
                    {
                        PublishedPrecision = published?.Precision ?? DatePrecision.Day,
                    });
                }

                return sources;
            }
        }
    }
}
