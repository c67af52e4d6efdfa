using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorBot.Knowledge.Storage;
using VendorBot.Knowledge.Text;

namespace VendorBot.Knowledge.Search;

/// <summary>
/// Passage search in two stages. FTS5 finds candidates with a safe OR query ordered by <c>bm25()</c> with column
/// weights; the candidates are then re-scored with BM25F from the index's own term statistics (their terms counted in
/// C# exactly as FTS5 tokenizes them, cached per passage), RM3 relevance feedback expands the query from the best
/// candidates, and the pool is scored again with the expanded query.
/// </summary>
internal sealed partial class PassageSearch(
    KnowledgeDatabase database,
    ScratchIndexPool scratchPool,
    DocumentFrequencyCache frequencies,
    PassageTermCache passageTerms,
    IOptions<SearchOptions> options,
    ILogger<PassageSearch> logger) : IPassageSearch
{
    private readonly SearchOptions _options = options.Value;
    private readonly IReadOnlySet<string> _stopStems = Stopwords.Words.Select(IndexTerms.Stem).ToHashSet(StringComparer.Ordinal);

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
            var hits = await RankAsync(connection, ftsQuery, query, top, cancellationToken).ConfigureAwait(false);
            if (logger.IsEnabled(LogLevel.Debug))
            {
                var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                Log.Searched(logger, ftsQuery.Terms.Count, hits.Count, elapsedMs);
            }

            return hits;
        }
    }

    private async Task<IReadOnlyList<SearchHit>> RankAsync(SqliteConnection connection, FtsQuery ftsQuery, SearchQuery query, int top, CancellationToken cancellationToken)
    {
        var (expansions, vendors) = (query.Expansions, query.VendorFilter());
        var statistics = await IndexStatistics.ReadAsync(connection, cancellationToken).ConfigureAwait(false);
        if (statistics.PassageCount == 0)
        {
            return [];
        }

        var termStems = ftsQuery.Terms.Select(IndexTerms.Stem).ToArray();
        var queryStems = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < termStems.Length; i++)
        {
            queryStems[termStems[i]] = queryStems.GetValueOrDefault(termStems[i]) + ftsQuery.TermCounts[i];
        }

        var extra = expansions.Keys.Where(stem => stem.Length is > 0 and <= SearchLimits.MaxTermLength && !queryStems.ContainsKey(stem))
            .Order(StringComparer.Ordinal).Take(SearchLimits.MaxQueryTerms).ToList();
        foreach (var stem in extra)
        {
            queryStems[stem] = Math.Clamp(expansions[stem], 0, 1);
        }

        var documentFrequencies = await frequencies.GetAsync(connection, statistics, queryStems.Keys, cancellationToken).ConfigureAwait(false);
        var expression = CandidateExpression(ftsQuery, termStems, extra, documentFrequencies);
        var pool = Math.Min(Math.Max(_options.CandidatePool, top), SearchLimits.MaxCandidatePool);
        var candidates = await CandidateReader.CandidatesAsync(connection, expression, vendors, pool, _options, cancellationToken).ConfigureAwait(false);
        if (candidates.Count == 0)
        {
            return [];
        }

        var terms = await TermsAsync(connection, statistics, candidates, cancellationToken).ConfigureAwait(false);
        var scorer = new Bm25FScorer(_options, statistics);
        var queryTotal = queryStems.Values.Sum();
        var weights = await WeightsAsync(
            connection, statistics, scorer, queryStems.ToDictionary(pair => pair.Key, pair => pair.Value / queryTotal), cancellationToken).ConfigureAwait(false);
        var scores = Score(candidates, scorer, terms, weights);

        if (_options.FeedbackPassages > 0 && _options.FeedbackTerms > 0 && _options.FeedbackWeight > 0)
        {
            var best = scores.Take(_options.FeedbackPassages).ToList();
            var expanded = RelevanceFeedback.Expand(queryStems, best.ConvertAll(item => (item.Score, terms[item.RowId].Totals())), _stopStems, _options);
            weights = await WeightsAsync(connection, statistics, scorer, expanded, cancellationToken).ConfigureAwait(false);
            scores = Score(candidates, scorer, terms, weights);
        }

        var winners = scores.Take(top).ToList();
        var ids = winners.ConvertAll(item => item.RowId);
        var snippets = query.Snippets ? await SnippetsAsync(connection, ftsQuery.Expression, ids, cancellationToken).ConfigureAwait(false) : new Dictionary<long, string>();
        var rows = await CandidateReader.HitsAsync(connection, ids, cancellationToken).ConfigureAwait(false);
        return [.. winners
            .Where(item => rows.ContainsKey(item.RowId))
            .Select(item => new SearchHit(rows[item.RowId].Passage, rows[item.RowId].Document, item.Score, snippets.GetValueOrDefault(item.RowId, string.Empty)))];
    }

    private async Task<Dictionary<long, string>> SnippetsAsync(SqliteConnection connection, string expression, List<long> ids, CancellationToken cancellationToken)
    {
        var texts = await CandidateReader.TextsAsync(connection, ids, cancellationToken).ConfigureAwait(false);
        var scratch = scratchPool.Rent();
        try
        {
            return await scratch.SnippetsAsync(expression, texts, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            scratchPool.Return(scratch);
        }
    }

    // Cached passages are neither read nor tokenized again; the rest are read in one query and counted in C#.
    private async Task<Dictionary<long, PassageTerms>> TermsAsync(
        SqliteConnection connection, IndexStatistics statistics, List<long> candidates, CancellationToken cancellationToken)
    {
        var terms = new Dictionary<long, PassageTerms>(candidates.Count);
        var missing = new List<long>();
        foreach (var rowId in candidates)
        {
            if (passageTerms.TryGet(statistics, rowId, out var cached))
            {
                terms[rowId] = cached;
            }
            else
            {
                missing.Add(rowId);
            }
        }

        if (missing.Count > 0)
        {
            foreach (var text in await CandidateReader.TextsAsync(connection, missing, cancellationToken).ConfigureAwait(false))
            {
                var counted = IndexTerms.Count(text);
                passageTerms.Add(statistics, text.RowId, counted);
                terms[text.RowId] = counted;
            }
        }

        return terms;
    }

    // Terms join rarest first while their postings fit the budget; the rarest always joins.
    // Expansions join after the query's own terms, only while the budget lasts.
    private string CandidateExpression(FtsQuery query, string[] termStems, List<string> expansions, IReadOnlyDictionary<string, long> documentFrequencies)
    {
        var byRarity = Enumerable.Range(0, query.Terms.Count)
            .Select(i => (Term: query.Terms[i], Postings: documentFrequencies.GetValueOrDefault(termStems[i])))
            .OrderBy(item => item.Postings)
            .Concat(expansions.Select(stem => (Term: stem, Postings: documentFrequencies.GetValueOrDefault(stem))).Where(e => e.Postings > 0).OrderBy(e => e.Postings));
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
        List<long> candidates, Bm25FScorer scorer, Dictionary<long, PassageTerms> terms, Dictionary<string, double> weights) =>
        [.. candidates
            .Where(terms.ContainsKey)
            .Select((rowId, rank) => (RowId: rowId, Rank: rank, Score: scorer.Score(terms[rowId].Counts, terms[rowId].Lengths, weights)))
            .OrderByDescending(item => item.Score)
            .ThenBy(item => item.Rank)
            .Select(item => (item.RowId, item.Score))];

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Debug, Message = "Searched {TermCount} terms: {HitCount} hits in {ElapsedMs} ms")]
        public static partial void Searched(ILogger logger, int termCount, int hitCount, double elapsedMs);
    }
}

