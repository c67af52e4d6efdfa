namespace VendorBot.Knowledge.Storage;

/// <summary>
/// The SQLite schema, one migration per <c>PRAGMA user_version</c>. Migrations run in order on open;
/// a database newer than the code is refused.
/// </summary>
internal static class KnowledgeSchema
{
    /// <summary>Migration scripts; index <c>i</c> takes the database from version <c>i</c> to <c>i + 1</c>.</summary>
    public static IReadOnlyList<string> Migrations { get; } =
    [
        // v1: documents, passages, the FTS5 index over passages (external content), and the answers log.
        """
        CREATE TABLE documents (
            id            TEXT PRIMARY KEY,
            title         TEXT NOT NULL,
            publisher     TEXT,
            url           TEXT,
            published_on  TEXT,              -- ISO yyyy-MM-dd
            vendors       TEXT NOT NULL,     -- JSON array of strings
            topics        TEXT NOT NULL,     -- JSON array of strings
            content_hash  TEXT NOT NULL,
            text          TEXT NOT NULL,
            indexed_at    TEXT NOT NULL      -- ISO 8601 UTC
        );

        CREATE TABLE document_vendors (
            document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            vendor        TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (document_id, vendor)
        );
        CREATE INDEX document_vendors_vendor ON document_vendors(vendor);

        CREATE TABLE passages (
            rowid         INTEGER PRIMARY KEY,
            id            TEXT NOT NULL UNIQUE,
            document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal       INTEGER NOT NULL,
            heading_path  TEXT NOT NULL,
            start_offset  INTEGER NOT NULL,
            end_offset    INTEGER NOT NULL,
            title         TEXT NOT NULL,     -- the document title, indexed as its own FTS column
            body          TEXT NOT NULL
        );
        CREATE INDEX passages_document ON passages(document_id);

        CREATE VIRTUAL TABLE passages_fts USING fts5(
            title, heading_path, body,
            content = 'passages', content_rowid = 'rowid',
            tokenize = 'porter unicode61 remove_diacritics 2'
        );

        CREATE TABLE answers (
            id            TEXT PRIMARY KEY,  -- answer id (also shown to users as the error/answer reference)
            created_at    TEXT NOT NULL,
            question      TEXT NOT NULL,
            standalone_question TEXT,
            answer        TEXT NOT NULL,
            mode          TEXT NOT NULL,     -- model / extractive / fallback
            mode_reason   TEXT,
            guild_id      TEXT,
            channel_id    TEXT,
            user_id       TEXT,
            message_id    TEXT,              -- Discord message carrying the answer, when known
            retrieval_ms  REAL,
            composition_ms REAL
        );
        CREATE INDEX answers_channel ON answers(channel_id, created_at);
        CREATE INDEX answers_message ON answers(message_id);

        CREATE TABLE answer_sources (
            answer_id     TEXT NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
            number        INTEGER NOT NULL,  -- the [n] in the answer text
            passage_id    TEXT NOT NULL,     -- may no longer exist after a reindex: the copy below is what counts
            document_id   TEXT NOT NULL,
            document_title TEXT NOT NULL,
            publisher     TEXT,
            url           TEXT,
            published_on  TEXT,
            passage_text  TEXT NOT NULL,     -- a copy of the cited passage
            quote         TEXT NOT NULL,     -- the exact words quoted in the answer
            PRIMARY KEY (answer_id, number)
        );

        CREATE TABLE feedback (
            answer_id     TEXT NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
            user_id       TEXT NOT NULL,
            helpful       INTEGER NOT NULL,  -- 1 helpful, 0 not helpful
            updated_at    TEXT NOT NULL,
            PRIMARY KEY (answer_id, user_id)
        );
        """,

        // v2: term statistics for search ranking (document frequency per stemmed term), read by Knowledge/Search.
        """
        CREATE VIRTUAL TABLE IF NOT EXISTS passages_vocab USING fts5vocab(passages_fts, 'row');
        """,

        // v3: attributed statements and event years found in each passage, written with it (Knowledge/Claims).
        """
        CREATE TABLE passage_claims (
            passage_id    TEXT NOT NULL,
            document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal       INTEGER NOT NULL,  -- position among the passage's claims
            actor         TEXT NOT NULL,     -- '(unattributed)' when the text names nobody
            stance        TEXT NOT NULL,     -- reports / alleges / denies / confirms
            target        TEXT COLLATE NOCASE,
            cue           TEXT NOT NULL,
            sentence      TEXT NOT NULL,
            start_offset  INTEGER NOT NULL,  -- offsets of the sentence in the document text
            end_offset    INTEGER NOT NULL,
            PRIMARY KEY (passage_id, ordinal)
        );
        CREATE INDEX passage_claims_target ON passage_claims(target);
        CREATE INDEX passage_claims_document ON passage_claims(document_id);

        CREATE TABLE passage_years (
            passage_id    TEXT NOT NULL,
            document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            year          INTEGER NOT NULL,
            start_offset  INTEGER NOT NULL,
            end_offset    INTEGER NOT NULL,
            PRIMARY KEY (passage_id, start_offset)
        );
        CREATE INDEX passage_years_document ON passage_years(document_id);
        """,

        // v4: per-channel settings set by admins with /settings (Bot/Settings).
        """
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
    ];

    /// <summary>The schema version this code writes.</summary>
    public static int CurrentVersion => Migrations.Count;
}
