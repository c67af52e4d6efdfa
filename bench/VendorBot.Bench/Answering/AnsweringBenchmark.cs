using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using VendorBot.Answering;
using VendorBot.Hosting;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Indexing;
using VendorBot.Knowledge.Search.Evaluation;

namespace VendorBot.Bench.Answering;

/// <summary>
/// <c>ask</c> latency over a BEIR collection, side by side per query in one process: retrieval alone
/// (<see cref="IPassageSearch"/>), the extractive pipeline, and the Semantic Kernel model pipeline with a zero-latency
/// fake model. The SK overhead is the model pipeline's median minus retrieval's, over the queries the model answered.
/// </summary>
internal sealed class AnsweringBenchmark : IBenchmarkMode
{
    private const int WarmUpQueries = 10;

    public string Name => "answering";

    public string Usage => "[--data ../shared/data/beir/cranfield] [--queries 0 (all)]";

    public async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var folder = arguments.Get("data", Path.Combine("..", "shared", "data", "beir", "cranfield"));
        if (!File.Exists(Path.Combine(folder, "corpus.jsonl")))
        {
            await Console.Error.WriteLineAsync($"no BEIR collection in '{folder}'").ConfigureAwait(false);
            return 2;
        }

        var collection = await BeirCollection.LoadAsync(folder, cancellationToken).ConfigureAwait(false);
        var limit = arguments.GetInt("queries", 0);
        var queries = collection.Queries.Select(q => q.Text).Take(limit > 0 ? limit : int.MaxValue).ToList();
        var work = Directory.CreateTempSubdirectory("vendorbot-bench-answering-");
        try
        {
            var database = Path.Combine(work.FullName, "index.db");
            using var extractive = Build(database, withModel: false);
            using var model = Build(database, withModel: true);
            var indexing = Stopwatch.StartNew();
            var report = await extractive.Services.GetRequiredService<KnowledgeIndexer>()
                .IndexDocumentsAsync(collection.Documents.Select(d => d.ToSourceDocument()), null, cancellationToken).ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(folder)}: {collection.Documents.Count} documents, {report.Passages} passages indexed in {indexing.Elapsed.TotalSeconds:0.0} s; {queries.Count} queries"));

            var search = extractive.Services.GetRequiredService<IPassageSearch>();
            var extractiveAnswers = extractive.Services.GetRequiredService<IAnswerService>();
            var modelAnswers = model.Services.GetRequiredService<IAnswerService>();
            foreach (var query in queries.Take(WarmUpQueries))
            {
                await search.SearchAsync(new SearchQuery(query, AnsweringLimits.RetrievedPassages), cancellationToken).ConfigureAwait(false);
                await extractiveAnswers.AskAsync(AnswerRequest.Single(query), cancellationToken).ConfigureAwait(false);
                await modelAnswers.AskAsync(AnswerRequest.Single(query), cancellationToken).ConfigureAwait(false);
            }

            var retrieval = new List<double>();
            var extractiveTimes = new List<double>();
            var modelTimes = new List<double>();
            var retrievalWhereModel = new List<double>();
            var pairedOverhead = new List<double>();
            var answered = 0;
            foreach (var query in queries)
            {
                var r = await TimeAsync(() => search.SearchAsync(new SearchQuery(query, AnsweringLimits.RetrievedPassages), cancellationToken)).ConfigureAwait(false);
                var e = await TimeAsync(() => extractiveAnswers.AskAsync(AnswerRequest.Single(query), cancellationToken)).ConfigureAwait(false);
                var started = Stopwatch.GetTimestamp();
                var result = await modelAnswers.AskAsync(AnswerRequest.Single(query), cancellationToken).ConfigureAwait(false);
                var m = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                retrieval.Add(r);
                extractiveTimes.Add(e);
                answered += result.Outcome == AnswerOutcome.Answered ? 1 : 0;
                if (result.Mode == AnswerMode.Model)
                {
                    modelTimes.Add(m);
                    retrievalWhereModel.Add(r);
                    pairedOverhead.Add(m - r);
                }
            }

            Console.WriteLine();
            Console.WriteLine("| pipeline | queries | p50 ms | p95 ms |");
            Console.WriteLine("|---|---:|---:|---:|");
            Row("retrieval alone (IPassageSearch, top 5)", retrieval);
            Row("ask, extractive (gate + composer + no log)", extractiveTimes);
            Row("retrieval alone, queries the model answered", retrievalWhereModel);
            Row("ask, SK model path, zero-latency fake model", modelTimes);
            Console.WriteLine();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"answered (not declined by the relevance gate): {answered}/{queries.Count}; SK pipeline p50 overhead over retrieval alone: "
                + $"{Latencies.Percentile(modelTimes, 50) - Latencies.Percentile(retrievalWhereModel, 50):0.00} ms as a difference of medians, "
                + $"{Latencies.Percentile(pairedOverhead, 50):0.00} ms as the median of per-query differences (goal <= 5 ms)"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    private static IHost Build(string database, bool withModel)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Knowledge:DatabasePath"] = database,
            ["Answering:LogAnswers"] = "false",
        };
        var builder = VendorBotHost.CreateBuilder(settings, LogLevel.Error);
        if (withModel)
        {
            builder.Services.AddSingleton<IChatCompletionService, ZeroLatencyChatService>();
        }

        return builder.Build();
    }

    private static async Task<double> TimeAsync<T>(Func<Task<T>> action)
    {
        var started = Stopwatch.GetTimestamp();
        await action().ConfigureAwait(false);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static void Row(string name, List<double> milliseconds) =>
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {milliseconds.Count} | {Latencies.Percentile(milliseconds, 50):0.00} | {Latencies.Percentile(milliseconds, 95):0.00} |"));
}
