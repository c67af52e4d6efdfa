using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
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
/// <c>ask</c> latency over a BEIR collection or a documents corpus (<c>--corpus</c>: a <c>documents</c> folder and a
/// <c>questions.jsonl</c> of <c>{"question": ...}</c> lines), side by side per query in one process: retrieval alone
/// (<see cref="IPassageSearch"/>), the extractive pipeline, and the Semantic Kernel model pipeline with a zero-latency
/// fake model. The SK overhead is the model pipeline's median minus retrieval's, over the queries the model answered.
/// </summary>
internal sealed class AnsweringBenchmark : IBenchmarkMode
{
    private const int WarmUpQueries = 10;

    public string Name => "answering";

    public string Usage => "[--data ../shared/data/beir/cranfield | --corpus ../shared/corpus] [--queries 0 (all)] [--rounds 1]";

    public async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var corpus = arguments.Get("corpus", string.Empty);
        var folder = arguments.Get("data", Path.Combine("..", "shared", "data", "beir", "cranfield"));
        var questionsFile = Path.Combine(corpus, "questions.jsonl");
        if (corpus.Length > 0 ? !File.Exists(questionsFile) || !Directory.Exists(Path.Combine(corpus, "documents")) : !File.Exists(Path.Combine(folder, "corpus.jsonl")))
        {
            await Console.Error.WriteLineAsync(corpus.Length > 0 ? $"no documents folder and questions.jsonl in '{corpus}'" : $"no BEIR collection in '{folder}'").ConfigureAwait(false);
            return 2;
        }

        var limit = arguments.GetInt("queries", 0);
        var rounds = Math.Max(1, arguments.GetInt("rounds", 1));
        var work = Directory.CreateTempSubdirectory("vendorbot-bench-answering-");
        try
        {
            var database = Path.Combine(work.FullName, "index.db");
            using var extractive = Build(database, withModel: false);
            using var model = Build(database, withModel: true);
            var indexer = extractive.Services.GetRequiredService<KnowledgeIndexer>();
            var indexing = Stopwatch.StartNew();
            List<string> queries;
            string name;
            int documents;
            ReindexReport report;
            if (corpus.Length > 0)
            {
                queries = await CorpusQuestionsAsync(questionsFile, cancellationToken).ConfigureAwait(false);
                report = await indexer.ReindexAsync(Path.Combine(corpus, "documents"), null, cancellationToken).ConfigureAwait(false);
                (name, documents) = (Path.GetFileName(Path.GetFullPath(corpus).TrimEnd(Path.DirectorySeparatorChar)), report.Added);
            }
            else
            {
                var collection = await BeirCollection.LoadAsync(folder, cancellationToken).ConfigureAwait(false);
                queries = collection.Queries.Select(q => q.Text).ToList();
                report = await indexer.IndexDocumentsAsync(collection.Documents.Select(d => d.ToSourceDocument()), null, cancellationToken).ConfigureAwait(false);
                (name, documents) = (Path.GetFileName(folder), collection.Documents.Count);
            }

            queries = queries.Take(limit > 0 ? limit : int.MaxValue).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {documents} documents, {report.Passages} passages indexed in {indexing.Elapsed.TotalSeconds:0.0} s; {queries.Count} queries x {rounds} rounds"));

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
            foreach (var query in Enumerable.Range(0, rounds).SelectMany(_ => queries))
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
            Row("retrieval alone (IPassageSearch, top 8)", retrieval);
            Row("ask, extractive (gate + composer + no log)", extractiveTimes);
            Row("retrieval alone, queries the model answered", retrievalWhereModel);
            Row("ask, SK model path, zero-latency fake model", modelTimes);
            Console.WriteLine();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"answered (not declined by the relevance gate): {answered}/{queries.Count * rounds}; SK pipeline p50 overhead over retrieval alone: "
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

    private static async Task<List<string>> CorpusQuestionsAsync(string path, CancellationToken cancellationToken)
    {
        var questions = new List<string>();
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                using var record = JsonDocument.Parse(line);
                questions.Add(record.RootElement.GetProperty("question").GetString() ?? string.Empty);
            }
        }

        return questions;
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
