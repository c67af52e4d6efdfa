namespace VendorBot.Knowledge.Claims;

/// <summary>The SQL over the claims tables (schema v3 in <c>KnowledgeSchema</c>).</summary>
internal static class ClaimSql
{
    public const string InsertClaim = """
        INSERT INTO passage_claims(passage_id, document_id, ordinal, actor, stance, target, cue, sentence, start_offset, end_offset)
        VALUES ($passage, $document, $ordinal, $actor, $stance, $target, $cue, $sentence, $start, $end);
        """;

    public const string InsertYear = """
        INSERT OR IGNORE INTO passage_years(passage_id, document_id, year, start_offset, end_offset)
        VALUES ($passage, $document, $year, $start, $end);
        """;

    // Claims about a vendor (or all), oldest document first; documents without a date last.
    public const string SelectClaims = """
        SELECT d.id, d.title, d.publisher, d.url, d.published_on, d.vendors,
               c.passage_id, c.actor, c.stance, c.target, c.cue, c.sentence, c.start_offset, c.end_offset
        FROM passage_claims c JOIN documents d ON d.id = c.document_id
        WHERE $vendor IS NULL OR c.target = $vendor
           OR EXISTS (SELECT 1 FROM document_vendors v WHERE v.document_id = d.id AND v.vendor = $vendor)
        ORDER BY d.published_on IS NULL, d.published_on, d.id, c.start_offset;
        """;

    public const string SelectYears = """
        SELECT d.id, d.title, d.publisher, d.url, d.published_on, d.vendors,
               y.passage_id, y.year, y.start_offset, y.end_offset, p.start_offset, p.body
        FROM passage_years y JOIN documents d ON d.id = y.document_id JOIN passages p ON p.id = y.passage_id
        WHERE $vendor IS NULL OR EXISTS (SELECT 1 FROM document_vendors v WHERE v.document_id = d.id AND v.vendor = $vendor)
        ORDER BY y.year, d.id, y.start_offset;
        """;

    // Vendors with their document count and the range of publication dates.
    public const string SelectCoverage = """
        SELECT v.vendor, count(*), min(d.published_on), max(d.published_on)
        FROM document_vendors v JOIN documents d ON d.id = v.document_id
        GROUP BY v.vendor COLLATE NOCASE ORDER BY count(*) DESC, v.vendor;
        """;
}
