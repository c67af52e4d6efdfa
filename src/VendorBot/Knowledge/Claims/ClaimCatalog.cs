using Microsoft.Data.Sqlite;
using VendorBot.Knowledge.Storage;
using VendorBot.Knowledge.Text;

namespace VendorBot.Knowledge.Claims;

/// <summary>Reads the claims and event years stored with the passages, for timelines, claim lists and answers.</summary>
public sealed class ClaimCatalog(KnowledgeDatabase database)
{
    /// <summary>Claims about <paramref name="vendor"/> (or all when null), oldest document first, then in reading order.</summary>
    public async Task<IReadOnlyList<SourcedClaim>> ListClaimsAsync(string? vendor, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, ClaimSql.SelectClaims, vendor);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var claims = new List<SourcedClaim>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var claim = new Claim(
                reader.GetString(6), reader.GetString(7), ClaimStances.Parse(reader.GetString(8)),
                reader.IsDBNull(9) ? null : reader.GetString(9), reader.GetString(10), reader.GetString(11),
                reader.GetInt32(12), reader.GetInt32(13));
            claims.Add(new SourcedClaim(claim, KnowledgeCatalog.ReadDocumentInfo(reader)));
        }

        return claims;
    }

    /// <summary>Event years in documents about <paramref name="vendor"/> (or all when null), earliest year first.</summary>
    public async Task<IReadOnlyList<DatedMention>> ListYearsAsync(string? vendor, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, ClaimSql.SelectYears, vendor);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var years = new List<DatedMention>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var year = new EventYear(reader.GetString(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9));
            var sentence = SentenceAround(reader.GetString(11), year.Start - reader.GetInt32(10));
            years.Add(new DatedMention(year, year.PassageId, sentence, KnowledgeCatalog.ReadDocumentInfo(reader)));
        }

        return years;
    }

    /// <summary>The dated events and claims about <paramref name="vendor"/>, oldest first (see <see cref="TimelineBuilder"/>).</summary>
    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(string vendor, CancellationToken cancellationToken)
    {
        var claims = await ListClaimsAsync(vendor, cancellationToken).ConfigureAwait(false);
        var years = await ListYearsAsync(vendor, cancellationToken).ConfigureAwait(false);
        return TimelineBuilder.Build(claims, years);
    }

    /// <summary>Vendors covered, with their document count and publication date range, most documents first.</summary>
    public async Task<IReadOnlyList<VendorCoverage>> ListCoverageAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = Command(connection, ClaimSql.SelectCoverage, null);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var coverage = new List<VendorCoverage>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            coverage.Add(new VendorCoverage(reader.GetString(0), reader.GetInt32(1), Date(reader, 2), Date(reader, 3)));
        }

        return coverage;
    }

    private static DateOnly? Date(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : PublishedDates.Parse(reader.GetString(ordinal))?.Date;

    private static SqliteCommand Command(SqliteConnection connection, string sql, string? vendor)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$vendor", (object?)vendor ?? DBNull.Value);
        return command;
    }

    private static string SentenceAround(string body, int offset)
    {
        var span = SentenceSplitter.Split(body).FirstOrDefault(s => s.Start <= offset && offset < s.End);
        return span.Length > 0 ? span.Slice(body) : body;
    }
}
