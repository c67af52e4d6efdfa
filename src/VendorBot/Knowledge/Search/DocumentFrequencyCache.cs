using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace VendorBot.Knowledge.Search;

/// <summary>
/// Document frequencies of stemmed terms from the <c>passages_vocab</c> fts5vocab table, cached until the index
/// changes (detected by a change of its statistics). Counting a frequent term walks its whole doclist, so the cache
/// keeps repeated queries cheap.
/// </summary>
internal sealed class DocumentFrequencyCache
{
    private const int MaxEntries = 100_000;
    private readonly Lock _gate = new();
    private ConcurrentDictionary<string, long> _frequencies = new(StringComparer.Ordinal);
    private IndexStatistics? _statistics;

    /// <summary>Returns the number of passages containing each term (0 for unknown terms).</summary>
    public async Task<IReadOnlyDictionary<string, long>> GetAsync(
        SqliteConnection connection, IndexStatistics statistics, IEnumerable<string> terms, CancellationToken cancellationToken)
    {
        var cache = CacheFor(statistics);
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            if (cache.TryGetValue(term, out var frequency))
            {
                result[term] = frequency;
            }
            else
            {
                missing.Add(term);
                result[term] = 0;
            }
        }

        if (missing.Count == 0)
        {
            return result;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT term, doc FROM passages_vocab WHERE term IN (SELECT value FROM json_each($terms))";
        command.Parameters.AddWithValue("$terms", System.Text.Json.JsonSerializer.Serialize(missing));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result[reader.GetString(0)] = reader.GetInt64(1);
        }

        if (cache.Count < MaxEntries)
        {
            foreach (var term in missing)
            {
                cache[term] = result[term];
            }
        }

        return result;
    }

    private ConcurrentDictionary<string, long> CacheFor(IndexStatistics statistics)
    {
        lock (_gate)
        {
            if (_statistics != statistics)
            {
                _frequencies = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
                _statistics = statistics;
            }

            return _frequencies;
        }
    }
}
