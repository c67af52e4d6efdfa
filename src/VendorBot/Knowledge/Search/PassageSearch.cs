using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Knowledge.Search;

/// <summary>
/// Passage search in two stages. FTS5 finds candidates with a safe OR query ordered by <c>bm25()</c> with column
/// weights; the candidates are then re-scored with BM25F from the index's own term statistics, RM3 relevance feedback
/// expands the query from the best candidates, and the pool is scored again with the expanded query.
/// </summary>
internal sealed partial class PassageSearch(
    KnowledgeDatabase database,
    ScratchIndexPool scratchPool,
    DocumentFrequencyCache frequencies,
    IOptions<SearchOptions> options,
    ILogger<PassageSearch> logger) : IPassageSearch
{
    private readonly SearchOptions _options = options.Value;
    private IReadOnlySet<string>? _stopStems;

    /// <inheritdoc />
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var ftsQuery = FtsQueryBuilder.Build(query.Text);
        var top = Math.Clamp(query.Top, 1, KnowledgeLimits.MaxTop);
        if (ftsQuery.IsEmpty)
        {
            return [];
        }

        var started = Stopwatch.GetTimestamp();
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var scratch = scratchPool.Rent();
            try
            {
                var hits = await RankAsync(connection, scratch, ftsQuery, top, query.VendorFilter(), cancellationToken).ConfigureAwait(false);
                if (logger.IsEnabled(LogLevel.Debug))
                {
                    var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    Log.Searched(logger, ftsQuery.Terms.Count, hits.Count, elapsedMs);
                }

                return hits;
            }
            finally
            {
                scratchPool.Return(scratch);
            }
        }
    }

    private async Task<IReadOnlyList<SearchHit>> RankAsync(
        SqliteConnection connection, ScratchIndex scratch, FtsQuery ftsQuery, int top, IReadOnlyList<string> vendors, CancellationToken cancellationToken)
    {
        var statistics = await IndexStatistics.ReadAsync(connection, cancellationToken).ConfigureAwait(false);
        if (statistics.PassageCount == 0)
        {
            return [];
        }

        _stopStems ??= (await scratch.StemAsync([.. EnglishStopWords.Words], cancellationToken).ConfigureAwait(false)).SelectMany(stems => stems).ToHashSet();
        var termStems = await scratch.StemAsync(ftsQuery.Terms, cancellationToken).ConfigureAwait(false);
        var queryStems = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < termStems.Length; i++)
        {
            foreach (var stem in termStems[i])
            {
                queryStems[stem] = queryStems.GetValueOrDefault(stem) + ftsQuery.TermCounts[i];
            }
        }

        if (queryStems.Count == 0)
        {
            return [];
        }

        var documentFrequencies = await frequencies.GetAsync(connection, statistics, queryStems.Keys, cancellationToken).ConfigureAwait(false);
        var expression = CandidateExpression(ftsQuery, termStems, documentFrequencies);
        var pool = Math.Min(Math.Max(_options.CandidatePool, top), SearchLimits.MaxCandidatePool);
        var candidates = await CandidateReader.CandidatesAsync(connection, expression, vendors, pool, _options, cancellationToken).ConfigureAwait(false);
        if (candidates.Count == 0)
        {
            return [];
        }

        await scratch.LoadAsync(await CandidateReader.TextsAsync(connection, candidates, cancellationToken).ConfigureAwait(false), cancellationToken)
            .ConfigureAwait(false);
        var lengths = await scratch.LengthsAsync(cancellationToken).ConfigureAwait(false);
        var scorer = new Bm25FScorer(_options, statistics);

        var termFrequencies = await scratch.FrequenciesAsync(queryStems.Keys, cancellationToken).ConfigureAwait(false);
        var queryTotal = (double)queryStems.Values.Sum();
        var weights = await WeightsAsync(
            connection, statistics, scorer, queryStems.ToDictionary(pair => pair.Key, pair => pair.Value / queryTotal), cancellationToken).ConfigureAwait(false);
        var scores = Score(candidates, scorer, termFrequencies, lengths, weights);

        if (_options.FeedbackPassages > 0 && _options.FeedbackTerms > 0 && _options.FeedbackWeight > 0)
        {
            var best = scores.Take(_options.FeedbackPassages).ToList();
            var terms = await scratch.TermsOfAsync(best.ConvertAll(item => item.RowId), cancellationToken).ConfigureAwait(false);
            var expanded = RelevanceFeedback.Expand(
                queryStems, best.ConvertAll(item => (item.Score, (IReadOnlyDictionary<string, int>)terms[item.RowId])), _stopStems, _options);
            var added = expanded.Keys.Where(term => !queryStems.ContainsKey(term)).ToList();
            foreach (var (rowId, perTerm) in await scratch.FrequenciesAsync(added, cancellationToken).ConfigureAwait(false))
            {
                var target = termFrequencies.TryGetValue(rowId, out var existing) ? existing : termFrequencies[rowId] = [];
                foreach (var (term, counts) in perTerm)
                {
                    target[term] = counts;
                }
            }

            weights = await WeightsAsync(connection, statistics, scorer, expanded, cancellationToken).ConfigureAwait(false);
            scores = Score(candidates, scorer, termFrequencies, lengths, weights);
        }

        var winners = scores.Take(top).ToList();
        var ids = winners.ConvertAll(item => item.RowId);
        var snippets = await scratch.SnippetsAsync(ftsQuery.Expression, ids, cancellationToken).ConfigureAwait(false);
        var rows = await CandidateReader.HitsAsync(connection, ids, cancellationToken).ConfigureAwait(false);
        return [.. winners
            .Where(item => rows.ContainsKey(item.RowId))
            .Select(item => new SearchHit(rows[item.RowId].Passage, rows[item.RowId].Document, item.Score, snippets.GetValueOrDefault(item.RowId, string.Empty)))];
    }

    // Terms join rarest first while their postings fit the budget; the rarest always joins.
    private string CandidateExpression(FtsQuery query, IReadOnlyList<string>[] termStems, IReadOnlyDictionary<string, long> documentFrequencies)
    {
        var byRarity = Enumerable.Range(0, query.Terms.Count)
            .Where(i => termStems[i].Count > 0)
            .Select(i => (Term: query.Terms[i], Postings: termStems[i].Sum(stem => documentFrequencies.GetValueOrDefault(stem))))
            .OrderBy(item => item.Postings);
        var chosen = new List<string>();
        long spent = 0;
        foreach (var (term, postings) in byRarity)
        {
            if (chosen.Count > 0 && spent + postings > _options.CandidatePostingBudget)
            {
                break;
            }

            chosen.Add(term);
            spent += postings;
        }

        return FtsQueryBuilder.ToExpression(chosen);
    }

    private async Task<Dictionary<string, double>> WeightsAsync(
        SqliteConnection connection, IndexStatistics statistics, Bm25FScorer scorer, Dictionary<string, double> termWeights, CancellationToken cancellationToken)
    {
        var documentFrequencies = await frequencies.GetAsync(connection, statistics, termWeights.Keys, cancellationToken).ConfigureAwait(false);
        return termWeights.ToDictionary(pair => pair.Key, pair => pair.Value * scorer.Idf(documentFrequencies[pair.Key]), StringComparer.Ordinal);
    }

    private static List<(long RowId, double Score)> Score(
        List<long> candidates,
        Bm25FScorer scorer,
        Dictionary<long, Dictionary<string, FieldCounts>> termFrequencies,
        Dictionary<long, FieldCounts> lengths,
        Dictionary<string, double> weights) =>
        [.. candidates
            .Select((rowId, rank) => (RowId: rowId, Rank: rank, Score: scorer.Score(termFrequencies.GetValueOrDefault(rowId), lengths.GetValueOrDefault(rowId), weights)))
            .OrderByDescending(item => item.Score)
            .ThenBy(item => item.Rank)
            .Select(item => (item.RowId, item.Score))];

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Debug, Message = "Searched {TermCount} terms: {HitCount} hits in {ElapsedMs} ms")]
        public static partial void Searched(ILogger logger, int termCount, int hitCount, double elapsedMs);
    }
}

