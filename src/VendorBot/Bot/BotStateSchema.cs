using VendorBot.State;

namespace VendorBot.Bot;

/// <summary>
/// What the bot remembers in the state store (feature <c>bot</c>): channel settings; with several processes also the
/// deliveries already claimed (so one event is answered once) and the identify slots per rate-limit key.
/// </summary>
internal static class BotStateSchema
{
    /// <summary>The schema registered by <c>AddBot</c>.</summary>
    public static StateSchema Schema { get; } = new(
        "bot",
        [
            // v1: per-channel settings set by admins with /settings.
            new StateMigration(
                Sqlite: """
                    CREATE TABLE channel_settings (
                        channel_id    TEXT PRIMARY KEY,
                        guild_id      TEXT,
                        auto_answer   INTEGER NOT NULL,  -- 1: every new message in the channel (or its threads) is a question
                        ephemeral     INTEGER NOT NULL,  -- 1: /ask answers only the asker can see
                        cited_only    INTEGER NOT NULL,  -- 1: message questions get no reply unless the answer cites a source
                        vendors       TEXT NOT NULL,     -- JSON array of vendor names; empty: all vendors
                        updated_at    TEXT NOT NULL,     -- ISO 8601 UTC
                        updated_by    TEXT NOT NULL      -- Discord user id of the admin
                    );
                    """,
                PostgreSql: """
                    CREATE TABLE channel_settings (
                        channel_id    TEXT PRIMARY KEY,
                        guild_id      TEXT,
                        auto_answer   INTEGER NOT NULL,
                        ephemeral     INTEGER NOT NULL,
                        cited_only    INTEGER NOT NULL,
                        vendors       TEXT NOT NULL,
                        updated_at    TEXT NOT NULL,
                        updated_by    TEXT NOT NULL
                    );
                    """),

            // v2: deliveries claimed by some process (message and interaction ids), and the next identify slot per key.
            new StateMigration(
                Sqlite: """
                    CREATE TABLE deliveries (
                        id            TEXT PRIMARY KEY,  -- Discord message or interaction id
                        claimed_at    TEXT NOT NULL      -- ISO 8601 UTC; rows older than the delivery memory are deleted
                    );
                    CREATE INDEX deliveries_claimed ON deliveries(claimed_at);
                    CREATE TABLE identify_slots (
                        rate_limit_key INTEGER PRIMARY KEY,  -- shard_id % max_concurrency
                        next_at       TEXT NOT NULL          -- ISO 8601 UTC: the earliest moment the next identify may start
                    );
                    """,
                PostgreSql: """
                    CREATE TABLE deliveries (
                        id            TEXT PRIMARY KEY,
                        claimed_at    TEXT NOT NULL
                    );
                    CREATE INDEX deliveries_claimed ON deliveries(claimed_at);
                    CREATE TABLE identify_slots (
                        rate_limit_key INTEGER PRIMARY KEY,
                        next_at       TEXT NOT NULL
                    );
                    """),
        ],
        [
            new LegacyTable("channel_settings", ["channel_id", "guild_id", "auto_answer", "ephemeral", "cited_only", "vendors", "updated_at", "updated_by"]),
        ]);
}
