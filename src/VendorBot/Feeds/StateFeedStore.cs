using System.Data.Common;
using System.Text.Json;
using VendorBot.State;

namespace VendorBot.Feeds;

/// <summary>
/// The feed state in the bot's state store (<see cref="FeedStateSchema"/>: <c>feeds</c> and <c>feed_items</c>), SQLite
/// by default and PostgreSQL when processes share it. Every call is one short connection; several statements run in one
/// transaction.
/// </summary>
internal sealed class StateFeedStore(StateDatabase database, TimeProvider time) : IFeedStore
{
    private const string SelectFeed = """
        SELECT id, url, title, vendors, keywords, added_by, etag, last_modified, last_polled_at, next_poll_at, last_error, consecutive_failures,
               (SELECT count(*) FROM feed_items i WHERE i.feed_id = feeds.id AND i.retry_at IS NOT NULL),
               (SELECT i.last_error FROM feed_items i WHERE i.feed_id = feeds.id AND i.last_error IS NOT NULL ORDER BY i.failed_at DESC LIMIT 1)
        FROM feeds
        """;

    /// <inheritdoc />
    public async Task<Feed> AddAsync(
        Uri url, string? title, IReadOnlyList<string> vendors, IReadOnlyList<string> keywords, string addedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var turn = await database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await StateSql.ExecuteAsync(
                connection,
                null,
                "INSERT INTO feeds (url, title, vendors, keywords, added_by, added_at) VALUES (@url, @title, @vendors, @keywords, @by, @at) ON CONFLICT (url) DO NOTHING;",
                cancellationToken,
                ("url", url.AbsoluteUri),
                ("title", title),
                ("vendors", JsonSerializer.Serialize(vendors)),
                ("keywords", JsonSerializer.Serialize(keywords)),
                ("by", addedBy),
                ("at", StateSql.Timestamp(time.GetUtcNow()))).ConfigureAwait(false);
            var feeds = await QueryAsync(connection, SelectFeed + " WHERE url = @url;", cancellationToken, ("url", url.AbsoluteUri)).ConfigureAwait(false);
            return feeds[0];
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Feed>> ListAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await QueryAsync(connection, SelectFeed + " ORDER BY id;", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        using var turn = await database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await StateSql.ExecuteAsync(connection, null, "DELETE FROM feeds WHERE id = @id;", cancellationToken, ("id", id)).ConfigureAwait(false) > 0;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> SeenAsync(long feedId, IEnumerable<string> itemIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            foreach (var id in itemIds)
            {
                var command = StateSql.Command(connection, null, "SELECT 1 FROM feed_items WHERE feed_id = @feed AND item_id = @item;", ("feed", feedId), ("item", id));
                await using (command.ConfigureAwait(false))
                {
                    if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not (null or DBNull))
                    {
                        seen.Add(id);
                    }
                }
            }
        }

        return seen;
    }

    /// <inheritdoc />
    public async Task MarkSeenAsync(long feedId, IEnumerable<(string ItemId, string? DocumentId)> items, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        using var turn = await database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                foreach (var (itemId, documentId) in items)
                {
                    await StateSql.ExecuteAsync(
                        connection,
                        transaction,
                        """
                        INSERT INTO feed_items (feed_id, item_id, seen_at, document_id) VALUES (@feed, @item, @at, @document)
                        ON CONFLICT (feed_id, item_id) DO UPDATE SET document_id = coalesce(excluded.document_id, feed_items.document_id), retry_at = NULL, last_error = NULL;
                        """,
                        cancellationToken,
                        ("feed", feedId),
                        ("item", itemId),
                        ("at", StateSql.Timestamp(at)),
                        ("document", documentId)).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async Task RecordItemFailureAsync(long feedId, FeedItemFailure failure, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        using var turn = await database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await StateSql.ExecuteAsync(
                connection,
                null,
                """
                INSERT INTO feed_items (feed_id, item_id, seen_at, link, title, attempts, last_error, failed_at, retry_at)
                VALUES (@feed, @item, @at, @link, @title, @attempts, @error, @at, @retry)
                ON CONFLICT (feed_id, item_id) DO UPDATE SET link = excluded.link, title = excluded.title, attempts = excluded.attempts,
                    last_error = excluded.last_error, failed_at = excluded.failed_at, retry_at = excluded.retry_at;
                """,
                cancellationToken,
                ("feed", feedId),
                ("item", failure.Item.Id),
                ("at", StateSql.Timestamp(at)),
                ("link", failure.Item.Link?.AbsoluteUri),
                ("title", failure.Item.Title),
                ("attempts", failure.Attempts),
                ("error", failure.Error),
                ("retry", failure.RetryAt is { } retry ? StateSql.Timestamp(retry) : null)).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FeedItemFailure>> DueRetriesAsync(long feedId, DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = StateSql.Command(
                connection,
                null,
                """
                SELECT item_id, link, title, attempts, last_error, retry_at FROM feed_items
                WHERE feed_id = @feed AND retry_at IS NOT NULL AND retry_at <= @now ORDER BY retry_at, item_id LIMIT @limit;
                """,
                ("feed", feedId),
                ("now", StateSql.Timestamp(now)),
                ("limit", limit));
            await using (command.ConfigureAwait(false))
            {
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    var due = new List<FeedItemFailure>();
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        var id = reader.GetString(0);
                        var item = new FeedItem(
                            id, reader.IsDBNull(1) ? null : new Uri(reader.GetString(1)), reader.IsDBNull(2) ? id : reader.GetString(2), string.Empty, null);
                        due.Add(new FeedItemFailure(item, reader.GetInt32(3), reader.IsDBNull(4) ? string.Empty : reader.GetString(4), StateSql.ParseTimestamp(reader.GetString(5))));
                    }

                    return due;
                }
            }
        }
    }

    /// <inheritdoc />
    public async Task RecordPollAsync(Feed feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var turn = await database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await StateSql.ExecuteAsync(
                connection,
                null,
                """
                UPDATE feeds SET title = coalesce(@title, title), etag = @etag, last_modified = @modified, last_polled_at = @polled,
                                 next_poll_at = @next, last_error = @error, consecutive_failures = @failures
                WHERE id = @id;
                """,
                cancellationToken,
                ("id", feed.Id),
                ("title", feed.Title),
                ("etag", feed.ETag),
                ("modified", feed.LastModified is { } modified ? StateSql.Timestamp(modified) : null),
                ("polled", feed.LastPolledAt is { } polled ? StateSql.Timestamp(polled) : null),
                ("next", feed.NextPollAt is { } next ? StateSql.Timestamp(next) : null),
                ("error", feed.LastError),
                ("failures", feed.ConsecutiveFailures)).ConfigureAwait(false);
        }
    }

    private static async Task<List<Feed>> QueryAsync(
        DbConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = StateSql.Command(connection, null, sql, parameters);
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var feeds = new List<Feed>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    feeds.Add(Read(reader));
                }

                return feeds;
            }
        }
    }

    private static Feed Read(DbDataReader reader) => new(
        reader.GetInt64(0),
        new Uri(reader.GetString(1)),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        JsonSerializer.Deserialize<List<string>>(reader.GetString(3)) ?? [],
        JsonSerializer.Deserialize<List<string>>(reader.GetString(4)) ?? [],
        reader.GetString(5))
    {
        ETag = reader.IsDBNull(6) ? null : reader.GetString(6),
        LastModified = reader.IsDBNull(7) ? null : StateSql.ParseTimestamp(reader.GetString(7)),
        LastPolledAt = reader.IsDBNull(8) ? null : StateSql.ParseTimestamp(reader.GetString(8)),
        NextPollAt = reader.IsDBNull(9) ? null : StateSql.ParseTimestamp(reader.GetString(9)),
        LastError = reader.IsDBNull(10) ? null : reader.GetString(10),
        ConsecutiveFailures = reader.GetInt32(11),
        RetryingItems = (int)reader.GetInt64(12),
        LastItemError = reader.IsDBNull(13) ? null : reader.GetString(13),
    };
}
