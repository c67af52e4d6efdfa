using Microsoft.Data.Sqlite;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Knowledge.Claims;

/// <summary>
/// Writes the claims and event years of a document's passages inside the indexer's transaction, so they are replaced
/// together with the passages (the old rows go with the document through <c>ON DELETE CASCADE</c>).
/// </summary>
internal sealed class ClaimWriter : IAsyncDisposable
{
    private readonly SqliteCommand _insertClaim;
    private readonly SqliteCommand _insertYear;

    /// <summary>Prepares the insert commands on <paramref name="connection"/> within <paramref name="transaction"/>.</summary>
    public ClaimWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _insertClaim = PreparedCommands.Prepare(
            connection, transaction, ClaimSql.InsertClaim,
            "$passage", "$document", "$ordinal", "$actor", "$stance", "$target", "$cue", "$sentence", "$start", "$end");
        _insertYear = PreparedCommands.Prepare(connection, transaction, ClaimSql.InsertYear, "$passage", "$document", "$year", "$start", "$end");
    }

    /// <summary>
    /// Extracts and inserts the claims and years of every passage of <paramref name="document"/>. A document about no
    /// vendor (e.g. a BEIR corpus) is skipped: claims and timelines are read per vendor, so nothing would ever read them.
    /// </summary>
    public async Task InsertAsync(SourceDocument document, IReadOnlyList<Passage> passages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(passages);
        if (document.Vendors.Count == 0)
        {
            return;
        }

        foreach (var passage in passages)
        {
            var claims = ClaimExtractor.Extract(passage, document.Vendors);
            for (var ordinal = 0; ordinal < claims.Count; ordinal++)
            {
                var claim = claims[ordinal];
                var p = _insertClaim.Parameters;
                p[0].Value = claim.PassageId;
                p[1].Value = document.Id;
                p[2].Value = ordinal;
                p[3].Value = claim.Actor;
                p[4].Value = ClaimStances.ToText(claim.Stance);
                p[5].Value = (object?)claim.Target ?? DBNull.Value;
                p[6].Value = claim.Cue;
                p[7].Value = claim.Sentence;
                p[8].Value = claim.Start;
                p[9].Value = claim.End;
                await _insertClaim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            foreach (var year in EventYearExtractor.Extract(passage))
            {
                var p = _insertYear.Parameters;
                p[0].Value = year.PassageId;
                p[1].Value = document.Id;
                p[2].Value = year.Year;
                p[3].Value = year.Start;
                p[4].Value = year.End;
                await _insertYear.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _insertClaim.DisposeAsync().ConfigureAwait(false);
        await _insertYear.DisposeAsync().ConfigureAwait(false);
    }
}
