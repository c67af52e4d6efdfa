using System.Diagnostics;
using System.Globalization;
using VendorBot.Knowledge.Search.Evaluation;

namespace VendorBot.Bench;

/// <summary>
/// The scale run: indexes a deterministic synthetic corpus (default 1,000,000 passages) with the knowledge pipeline,
/// then times an evenly spaced sample (<c>--queries</c>, default 100) of the shared collections' test queries against it: VendorBot at the bot's depth (top 10) and the raw FTS5
/// floor at the same depth. Reports build time, file size, build memory and query p50/p95.
/// </summary>
internal sealed class ScaleBenchmark : IBenchmarkMode
{
    private const int DefaultPassages = 1_000_000;
    private const int DefaultQueries = 100;
    private const int Seed = 42;
    private const int Depth = 10;
    private const int WarmUpQueries = 10;
    private const double Megabyte = 1024 * 1024;

    public string Name => "scale";

    public string Usage => "[--passages 1000000] [--queries 100] [--db existing-scale.db] [--data ../shared/data/beir] [--work <temp folder>] [--keep true] [--set SearchOption=value ...]";

    public async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var passages = arguments.GetInt("passages", DefaultPassages);
        var data = arguments.Get("data", Path.Combine("..", "shared", "data", "beir"));
        var collections = new List<BeirCollection>();
        foreach (var folder in Directory.GetDirectories(data).Where(f => File.Exists(Path.Combine(f, "corpus.jsonl"))).Order(StringComparer.Ordinal))
        {
            collections.Add(await BeirCollection.LoadAsync(folder, cancellationToken).ConfigureAwait(false));
        }

        var corpus = SyntheticCorpus.From(collections, Seed);
        var allQueries = collections.SelectMany(collection => collection.Queries).Select(query => query.Text).ToList();
        var step = Math.Max(1, allQueries.Count / Math.Max(1, arguments.GetInt("queries", DefaultQueries)));
        var queries = allQueries.Where((_, i) => i % step == 0).ToList();
        var reused = arguments.Get("db", string.Empty);
        var work = Directory.CreateDirectory(
            reused.Length > 0
                ? Path.GetDirectoryName(Path.GetFullPath(reused)) ?? "."
                : arguments.Get("work", Path.Combine(Path.GetTempPath(), $"vendorbot-scale-{Environment.ProcessId}")));
        var databasePath = reused.Length > 0 ? Path.GetFullPath(reused) : Path.Combine(work.FullName, "scale.db");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scale: {databasePath}, {queries.Count} queries"));
        try
        {
            var vendorBot = new VendorBotSystem(databasePath, SearchSettings.From(arguments));
            await using (vendorBot.ConfigureAwait(false))
            {
                if (reused.Length > 0)
                {
                    Console.WriteLine($"build: skipped, reusing the index '{databasePath}' (--db)");
                }
                else
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"building {passages:N0} passages from {corpus.SentenceCount:N0} sentences (seed {Seed})"));
                    await BuildAsync(vendorBot, corpus, passages, cancellationToken).ConfigureAwait(false);
                    var size = work.GetFiles("scale.db*").Sum(file => file.Length);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"files: {size / Megabyte:N0} MB"));
                }

                await using var raw = new RawFts5System(vendorBot.Database);
                foreach (var system in new IRetrievalSystem[] { vendorBot, raw })
                {
                    var latency = await TimeQueriesAsync(system, queries, cancellationToken).ConfigureAwait(false);
                    Console.WriteLine(string.Create(
                        CultureInfo.InvariantCulture, $"| {system.Name} | top {Depth} | {queries.Count} queries | p50 {latency.P50Ms:0.0} ms | p95 {latency.P95Ms:0.0} ms |"));
                }
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (reused.Length == 0 && !bool.Parse(arguments.Get("keep", bool.FalseString)))
            {
                work.Delete(recursive: true);
            }
        }

        return 0;
    }

    private static async Task BuildAsync(VendorBotSystem vendorBot, SyntheticCorpus corpus, int passages, CancellationToken cancellationToken)
    {
        var meter = new PhaseMeter();
        await using (meter.ConfigureAwait(false))
        {
            var written = await vendorBot.IndexAsync(corpus.DocumentsAsync(passages, cancellationToken), cancellationToken).ConfigureAwait(false);
            var build = await meter.StopAsync().ConfigureAwait(false);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"build: {written:N0} passages in {build.Elapsed.TotalSeconds:0.0} s ({written / build.Elapsed.TotalSeconds:N0} passages/s), "
                + $"managed alloc {build.AllocatedBytes / Megabyte:N0} MB, working-set rise {build.PeakWorkingSetRiseBytes / Megabyte:N0} MB, SQLite heap peak {build.SqliteHeapPeakBytes / Megabyte:N1} MB"));
        }
    }

    private static async Task<LatencySummary> TimeQueriesAsync(IRetrievalSystem system, List<string> queries, CancellationToken cancellationToken)
    {
        foreach (var query in queries.Take(WarmUpQueries))
        {
            await system.SearchAsync(query, Depth, cancellationToken).ConfigureAwait(false);
        }

        var latencies = new List<double>(queries.Count);
        foreach (var query in queries)
        {
            var started = Stopwatch.GetTimestamp();
            await system.SearchAsync(query, Depth, cancellationToken).ConfigureAwait(false);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return new LatencySummary(Latencies.Percentile(latencies, 50), Latencies.Percentile(latencies, 95));
    }
}
