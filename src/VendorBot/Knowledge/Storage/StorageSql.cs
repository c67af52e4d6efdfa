namespace VendorBot.Knowledge.Storage;

/// <summary>The SQL the knowledge store runs, in one place next to the schema it targets.</summary>
internal static class StorageSql
{
    public const string DeleteDocument = """
        INSERT INTO passages_fts(passages_fts, rowid, title, heading_path, body)
            SELECT 'delete', rowid, title, heading_path, body FROM passages WHERE document_id = $id;
        DELETE FROM passages WHERE document_id = $id;
        DELETE FROM document_vendors WHERE document_id = $id;
        DELETE FROM documents WHERE id = $id;
        """;

    public const string InsertDocument = """
        INSERT INTO documents(id, title, publisher, url, published_on, vendors, topics, content_hash, text, indexed_at)
        VALUES ($id, $title, $publisher, $url, $published, $vendors, $topics, $hash, $text, $indexed);
        """;

    public const string InsertVendor = "INSERT OR IGNORE INTO document_vendors(document_id, vendor) VALUES ($id, $vendor);";

    public const string InsertPassageRow = """
        INSERT INTO passages(id, document_id, ordinal, heading_path, start_offset, end_offset, title, body)
        VALUES ($id, $document, $ordinal, $heading, $start, $end, $title, $body);
        """;

    public const string InsertPassage = InsertPassageRow + """
        INSERT INTO passages_fts(rowid, title, heading_path, body) VALUES (last_insert_rowid(), $title, $heading, $body);
        """;

    // Re-reads every passage into the FTS index: faster than row-by-row inserts when loading an empty index.
    public const string RebuildFts = "INSERT INTO passages_fts(passages_fts) VALUES('rebuild');";

    public const string CountPassages = "SELECT count(*) FROM passages;";

    public const string SelectHashes = "SELECT id, content_hash FROM documents;";

    public const string CountDocuments = "SELECT count(*) FROM documents;";

    public const string SelectVendorCounts = """
        SELECT vendor, count(*) FROM document_vendors GROUP BY vendor COLLATE NOCASE ORDER BY count(*) DESC, vendor;
        """;

    public const string SelectPassage = """
        SELECT id, document_id, ordinal, heading_path, start_offset, end_offset, body FROM passages WHERE id = $id;
        """;

    public const string SelectDocumentInfo = """
        SELECT id, title, publisher, url, published_on, vendors FROM documents WHERE id = $id;
        """;
}
