using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VendorBot.Bot;
using VendorBot.Discord.Fakes;
using VendorBot.Hosting;

namespace VendorBot.Bench.Bot;

/// <summary>
/// <c>bot</c> mode: the whole bot (host, SQLite index of the seeds, extractive answers) against the fake Discord on
/// loopback; N users send M questions; reports end-to-end latency (MESSAGE_CREATE pushed → reply received by the fake)
/// p50/p95/p99, answers exactly once, and the process RSS (bot and fake share the process).
/// </summary>
internal sealed class BotLoadBenchmark : IBenchmarkMode
{
    private static readonly string[] Questions =
    [
        "What did Huawei threaten BES with?",
        "Where is the duplicate of Pakistan's network located?",
        "Which country is confident about working with Huawei on 5G?",
        "Did Huawei deny installing a backdoor?",
    ];

    public string Name => "bot";

    public string Usage => "[--users 50] [--questions 2000] [--rate 0 = burst, else questions/s] [--seeds seeds] — end-to-end bot latency through the fake Discord";

    public async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var users = int.Parse(arguments.Get("users", "50"), CultureInfo.InvariantCulture);
        var count = int.Parse(arguments.Get("questions", "2000"), CultureInfo.InvariantCulture);
        var rate = double.Parse(arguments.Get("rate", "0"), CultureInfo.InvariantCulture);
        var folder = Path.Combine(Path.GetTempPath(), "vendorbot-botbench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await using var server = await FakeDiscordServer.StartAsync(cancellationToken);
        var overrides = new Dictionary<string, string?>
        {
            ["Discord:Token"] = "bench-token",
            ["Discord:RestBaseUrl"] = server.RestBaseUrl.ToString(),
            ["Discord:Rest:GlobalRequestsPerSecond"] = "10000",
            ["Knowledge:DatabasePath"] = Path.Combine(folder, "bench.db"),
            ["Knowledge:DocumentsPath"] = arguments.Get("seeds", "seeds"),
            ["Bot:UserQuestionsPerWindow"] = "1000",
            ["Bot:ChannelQuestionsPerWindow"] = "10000",
        };
        var builder = VendorBotHost.CreateBuilder(overrides, LogLevel.Warning);
        builder.Services.AddBot();
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        var identity = host.Services.GetRequiredService<BotIdentity>();
        while (!identity.IsKnown)
        {
            await Task.Delay(10, cancellationToken);
        }

        var sent = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var pacing = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            if (rate > 0 && TimeSpan.FromSeconds(i / rate) - pacing.Elapsed is { TotalMilliseconds: > 0 } ahead)
            {
                await Task.Delay(ahead, cancellationToken);
            }

            var id = (2_000_000 + i).ToString(CultureInfo.InvariantCulture);
            var message = new JsonObject
            {
                ["id"] = id, ["channel_id"] = "600", ["guild_id"] = "500", ["type"] = 0,
                ["author"] = new JsonObject { ["id"] = (1 + (i % users)).ToString(CultureInfo.InvariantCulture), ["username"] = "u" },
                ["content"] = $"<@{identity.UserId}> {Questions[i % Questions.Length]}",
                ["mentions"] = new JsonArray(new JsonObject { ["id"] = identity.UserId.ToString(), ["username"] = "bot", ["bot"] = true }),
            };
            sent[id] = TimeProvider.System.GetUtcNow();
            await server.Gateway.PushDispatchAsync("MESSAGE_CREATE", message.ToJsonString(), cancellationToken);
        }

        var replies = new Dictionary<string, List<DateTimeOffset>>(StringComparer.Ordinal);
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(5))
        {
            replies = server.Rest.RequestsTo("POST", "channels/*/messages")
                .Select(r => (Ref: JsonNode.Parse(r.Body)?["message_reference"]?["message_id"]?.GetValue<string>(), r.ReceivedAt))
                .Where(r => r.Ref is not null)
                .GroupBy(r => r.Ref!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(r => r.ReceivedAt).ToList(), StringComparer.Ordinal);
            if (replies.Count >= count)
            {
                break;
            }

            await Task.Delay(50, cancellationToken);
        }

        var rss = Process.GetCurrentProcess().WorkingSet64;
        await host.StopAsync(cancellationToken);
        var latencies = sent.Where(s => replies.ContainsKey(s.Key)).Select(s => (replies[s.Key][0] - s.Value).TotalMilliseconds).Order().ToList();
        var duplicates = replies.Count(r => r.Value.Count > 1);
        Console.WriteLine($"bot end to end, extractive: {count} questions from {users} users at {(rate > 0 ? rate + "/s" : "once (burst)")}; answered {replies.Count}, duplicated {duplicates}, lost {count - replies.Count}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"latency ms: p50 {Percentile(latencies, 0.50):0.0}  p95 {Percentile(latencies, 0.95):0.0}  p99 {Percentile(latencies, 0.99):0.0}  max {latencies.LastOrDefault():0.0}; RSS {rss / (1024 * 1024)} MB"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return replies.Count == count && duplicates == 0 ? 0 : 1;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
