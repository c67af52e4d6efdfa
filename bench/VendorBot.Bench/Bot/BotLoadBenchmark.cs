using System.Globalization;

namespace VendorBot.Bench.Bot;

/// <summary>
/// <c>bot</c> mode: the whole bot (host, SQLite index of the seeds) against the fake Discord on loopback, once per
/// answering variant in the same process (extractive, then a zero-latency fake model); N users send M questions,
/// after an unmeasured warm-up burst per variant (so the first variant does not pay for JIT and cold caches).
/// Reports per variant: answered exactly once, the first-reply latency (MESSAGE_CREATE pushed → first reply received by
/// the fake), the final-answer latency (the bot's <c>vendorbot.total.duration</c>: question received → final answer
/// posted; with a model the first reply is a streamed partial that is then edited) and the process RSS.
/// </summary>
internal sealed class BotLoadBenchmark : IBenchmarkMode
{
    private const int DefaultWarmUpQuestions = 40;

    private static readonly string[] KnownModels = [BotLoadRun.Extractive, BotLoadRun.FakeModel];

    public string Name => "bot";

    public string Usage => "[--users 50] [--questions 2000] [--rate 0 = burst, else questions/s] [--model extractive,fake] [--warmup 40 unmeasured questions per model first] [--seeds seeds] "
        + "[--hosts 1 bot hosts (shards) sharing the state] [--state sqlite[,postgres]] [--postgres <connection string> or VENDORBOT_BENCH_POSTGRES] — end-to-end bot latency through the fake Discord";

    public async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var users = arguments.GetInt("users", 50);
        var count = arguments.GetInt("questions", 2000);
        var rate = double.Parse(arguments.Get("rate", "0"), CultureInfo.InvariantCulture);
        var models = arguments.Get("model", string.Join(',', KnownModels)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (models.FirstOrDefault(m => !KnownModels.Contains(m, StringComparer.Ordinal)) is { } unknown)
        {
            await Console.Error.WriteLineAsync($"unknown --model '{unknown}' (known: {string.Join(", ", KnownModels)})").ConfigureAwait(false);
            return 2;
        }

        var states = arguments.Get("state", BotLoadRun.SqliteState).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var postgres = arguments.Get("postgres", Environment.GetEnvironmentVariable("VENDORBOT_BENCH_POSTGRES") ?? "");
        if (states.FirstOrDefault(s => s is not (BotLoadRun.SqliteState or BotLoadRun.PostgreSqlState)) is { } unknownState)
        {
            await Console.Error.WriteLineAsync($"unknown --state '{unknownState}' (known: sqlite, postgres)").ConfigureAwait(false);
            return 2;
        }

        if (states.Contains(BotLoadRun.PostgreSqlState) && string.IsNullOrWhiteSpace(postgres))
        {
            await Console.Error.WriteLineAsync("--state postgres needs --postgres <connection string> (or VENDORBOT_BENCH_POSTGRES)").ConfigureAwait(false);
            return 2;
        }

        var seeds = arguments.Get("seeds", "seeds");
        var hosts = arguments.GetInt("hosts", 1);
        var warmUp = new BotLoadRun(users, arguments.GetInt("warmup", DefaultWarmUpQuestions), 0, seeds, hosts);
        var run = new BotLoadRun(users, count, rate, seeds, hosts);
        var results = new List<BotRunResult>();
        foreach (var state in states)
        {
            foreach (var model in models)
            {
                await warmUp.RunAsync(model, state, postgres, cancellationToken).ConfigureAwait(false);
                results.Add(await run.RunAsync(model, state, postgres, cancellationToken).ConfigureAwait(false));
            }
        }

        Console.WriteLine($"bot end to end: {count} questions from {users} users at {(rate > 0 ? rate.ToString(CultureInfo.InvariantCulture) + "/s" : "once (burst)")}, {hosts} bot host(s)");
        Console.WriteLine();
        Console.WriteLine("| state | model | answered / lost / duplicated | first reply p50 / p95 / p99 / max ms | final answer p50 / p95 / p99 ms | answers/s | RSS |");
        Console.WriteLine("|---|---|---|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            Console.WriteLine(Row(result));
        }

        return results.TrueForAll(r => r.ExactlyOnce) ? 0 : 1;
    }

    private static string Row(BotRunResult r) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {r.State} | {r.Model} | {r.Answered} / {r.Questions - r.Answered} / {r.Duplicated} "
        + $"| {P(r.FirstReplyMs, 50):0.0} / {P(r.FirstReplyMs, 95):0.0} / {P(r.FirstReplyMs, 99):0.0} / {P(r.FirstReplyMs, 100):0.0} "
        + $"| {P(r.FinalAnswerMs, 50):0.0} / {P(r.FinalAnswerMs, 95):0.0} / {P(r.FinalAnswerMs, 99):0.0} | {r.AnswersPerSecond:0.0} | {r.RssBytes / (1024 * 1024)} MB |");

    private static double P(IReadOnlyList<double> milliseconds, double percentile) => Latencies.Percentile(milliseconds, percentile);
}
