using System.Diagnostics;
using VendorBot.Knowledge.Search.Evaluation;

namespace VendorBot.Bench;

/// <summary>
/// Retrieval quality and speed, side by side in one process: VendorBot, raw FTS5 bm25() and Lucene.Net BM25 on every
/// BEIR-layout folder under <c>--data</c>. Writes one TREC run per system and collection to <c>--out</c>.
/// </summary>
internal sealed class RetrievalBenchmark : IBenchmarkMode
{
    private const int Depth = 100;
    private const int WarmUpQueries = 5;
    private const int BotDepth = 10;

    public string Name => "retrieval";

    public string Usage => "[--data ../shared/data/beir] [--out bench/out] [--set SearchOption=value ...]";

    public async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var data = arguments.Get("data", Path.Combine("..", "shared", "data", "beir"));
        var output = Directory.CreateDirectory(arguments.Get("out", Path.Combine("bench", "out"))).FullName;
        var options = SearchSettings.From(arguments);
        var folders = Directory.Exists(data)
            ? Directory.GetDirectories(data).Where(folder => File.Exists(Path.Combine(folder, "corpus.jsonl"))).Order(StringComparer.Ordinal).ToList()
            : [];
        if (folders.Count == 0)
        {
            await Console.Error.WriteLineAsync($"no BEIR collections under '{data}'").ConfigureAwait(false);
            return 2;
        }

        Console.WriteLine($"search options: {SearchSettings.Describe(options)}");
        var rows = new List<RetrievalRow>();
        foreach (var folder in folders)
        {
            var collection = await BeirCollection.LoadAsync(folder, cancellationToken).ConfigureAwait(false);
            var work = Directory.CreateTempSubdirectory("vendorbot-bench-");
            try
            {
                var vendorBot = new VendorBotSystem(Path.Combine(work.FullName, "index.db"), options);
                await using var raw = new RawFts5System(vendorBot.Database);
                await using var lucene = new LuceneBm25System(Path.Combine(work.FullName, "lucene"));
                await using (vendorBot.ConfigureAwait(false))
                {
                    foreach (var system in new IRetrievalSystem[] { vendorBot, raw, lucene })
                    {
                        var row = await MeasureAsync(collection, system, output, cancellationToken).ConfigureAwait(false);
                        rows.Add(row);
                        Console.WriteLine(row.ToMarkdown());
                    }
                }
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                work.Delete(recursive: true);
            }
        }

        Console.WriteLine();
        Console.WriteLine(RetrievalRow.Header);
        rows.ForEach(row => Console.WriteLine(row.ToMarkdown()));
        return 0;
    }

    private static async Task<RetrievalRow> MeasureAsync(BeirCollection collection, IRetrievalSystem system, string output, CancellationToken cancellationToken)
    {
        var meter = new PhaseMeter();
        PhaseMeasurement build;
        await using (meter.ConfigureAwait(false))
        {
            await system.BuildAsync(collection.Documents, cancellationToken).ConfigureAwait(false);
            build = await meter.StopAsync().ConfigureAwait(false);
        }

        foreach (var query in collection.Queries.Take(WarmUpQueries))
        {
            await system.SearchAsync(query.Text, Depth, cancellationToken).ConfigureAwait(false);
        }

        var run = new Dictionary<string, IReadOnlyList<RankedDocument>>(StringComparer.Ordinal);
        var latencies = new List<double>(collection.Queries.Count);
        foreach (var query in collection.Queries)
        {
            var started = Stopwatch.GetTimestamp();
            run[query.Id] = await system.SearchAsync(query.Text, Depth, cancellationToken).ConfigureAwait(false);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var shortLatencies = new List<double>(collection.Queries.Count);
        foreach (var query in collection.Queries)
        {
            var started = Stopwatch.GetTimestamp();
            await system.SearchAsync(query.Text, BotDepth, cancellationToken).ConfigureAwait(false);
            shortLatencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var runPath = Path.Combine(output, $"{collection.Name}.{system.Name.Split(' ')[0].ToLowerInvariant()}.run.tsv");
        var writer = File.CreateText(runPath);
        await using (writer.ConfigureAwait(false))
        {
            foreach (var (queryId, ranking) in run)
            {
                await TrecRunWriter.WriteAsync(writer, queryId, ranking, "vendorbot", cancellationToken).ConfigureAwait(false);
            }
        }

        return new RetrievalRow(
            collection.Name, system.Name, RetrievalMetrics.Evaluate(collection.Judgements, run), build,
            new LatencySummary(Latencies.Percentile(latencies, 50), Latencies.Percentile(latencies, 95)),
            new LatencySummary(Latencies.Percentile(shortLatencies, 50), Latencies.Percentile(shortLatencies, 95)));
    }
}
