namespace VendorBot.Knowledge.Storage;

/// <summary>
/// The index's SQLite schema (Knowledge's tables only: documents, passages, FTS, vocabulary, claims), one migration
/// per <c>PRAGMA user_version</c>. Migrations run in order on open; a database newer than the code is refused. What
/// the bot writes lives in the state store (see <c>VendorBot.State</c>), never here.
/// </summary>
internal static class KnowledgeSchema
{
    /// <summary>Migration scripts; index <c>i</c> takes the database from version <c>i</c> to <c>i + 1</c>.</summary>
    public static IReadOnlyList<string> Migrations { get; } =
    [
        // v1: documents, passages and the FTS5 index over passages (external content). Before the state store, v1 also
        // created the answers log here; LegacyIndexImport moves those tables out of older files.
        """
        CREATE TABLE documents (
            id            TEXT PRIMARY KEY,
            title         TEXT NOT NULL,
            publisher     TEXT,
            url           TEXT,
            published_on  TEXT,              -- ISO yyyy-MM-dd, or yyyy-MM / yyyy at the source's precision (v5)
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

        // v4: nothing (it used to add the bot's channel settings, which now live in the state store). Kept so that
        // files at version 4 need no migration.
        """
        SELECT 1;
        """,

        // v5: published_on keeps the source's precision ("2018-07" for a month-only date; before, "2018-07-01" with an
        // invented day). Stored dates on the 1st of a month may have been month-only: their hash is made stale so the
        // next index run reads those files again and stores the date as the source gives it.
        """
        UPDATE documents SET content_hash = 'stale-date:' || content_hash WHERE published_on LIKE '____-__-01';
        """,
    ];

    /// <summary>The schema version this code writes.</summary>
    public static int CurrentVersion => Migrations.Count;
}
