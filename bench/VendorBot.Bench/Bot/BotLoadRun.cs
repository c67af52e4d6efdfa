using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using VendorBot.Bench.Answering;
using VendorBot.Bot;
using VendorBot.Discord.Fakes;
using VendorBot.Discord.Fakes.Payloads;
using VendorBot.Hosting;

namespace VendorBot.Bench.Bot;

/// <summary>
/// One <c>bot</c> run: per bot host a fresh fake Discord, index and host (shard i of N), all sharing one state store;
/// then the questions, spread over the hosts, then the replies counted.
/// </summary>
internal sealed class BotLoadRun(int users, int count, double rate, string seeds, int hosts = 1)
{
    /// <summary>The extractive variant (no model).</summary>
    public const string Extractive = "extractive";

    /// <summary>The zero-latency fake model variant (<see cref="ZeroLatencyChatService"/>).</summary>
    public const string FakeModel = "fake";

    /// <summary>The state in a SQLite file (shared by the hosts of the run).</summary>
    public const string SqliteState = "sqlite";

    /// <summary>The state in a PostgreSQL database (shared by the hosts of the run).</summary>
    public const string PostgreSqlState = "postgres";

    private const string TotalDuration = "vendorbot.total.duration";

    private static readonly TimeSpan ReplyPatience = TimeSpan.FromMinutes(5);

    // Discord's epoch for snowflakes (2015-01-01T00:00:00Z), in Unix milliseconds.
    private const long DiscordEpochMilliseconds = 1_420_070_400_000;

    private static long _lastMessageId;

    private static readonly string[] Questions =
    [
        "What did Huawei threaten BES with?",
        "Where is the duplicate of Pakistan's network located?",
        "Which country is confident about working with Huawei on 5G?",
        "Did Huawei deny installing a backdoor?",
    ];

    /// <summary>
    /// Runs the load with <paramref name="model"/> answering and the state in <paramref name="state"/>: the SQLite file
    /// the hosts share, or (with a <paramref name="postgres"/> connection string) a PostgreSQL database they share.
    /// </summary>
    public async Task<BotRunResult> RunAsync(string model, string state, string? postgres, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("vendorbot-botbench-");
        var finals = new ConcurrentBag<double>();
        using var listener = ListenToTotalDuration(finals);
        var servers = new List<FakeDiscordServer>();
        var bots = new List<Microsoft.Extensions.Hosting.IHost>();
        try
        {
            var stateSettings = state == PostgreSqlState
                ? new Dictionary<string, string?> { ["State:Provider"] = "PostgreSql", ["ConnectionStrings:State"] = postgres }
                : new Dictionary<string, string?> { ["State:Provider"] = "Sqlite", ["State:DatabasePath"] = Path.Combine(folder.FullName, "state.db") };
            for (var shard = 0; shard < hosts; shard++)
            {
                var server = await FakeDiscordServer.StartAsync(cancellationToken).ConfigureAwait(false);
                servers.Add(server);
                var host = Build(server, Directory.CreateDirectory(Path.Combine(folder.FullName, $"shard{shard}")).FullName, model, shard, stateSettings);
                bots.Add(host);
                await host.StartAsync(cancellationToken).ConfigureAwait(false);
            }

            var identities = bots.Select(b => b.Services.GetRequiredService<BotIdentity>()).ToList();
            while (!identities.TrueForAll(i => i.IsKnown))
            {
                await Task.Delay(10, cancellationToken).ConfigureAwait(false);
            }

            var started = Stopwatch.GetTimestamp();
            var sent = await SendAsync(servers, identities, cancellationToken).ConfigureAwait(false);
            var replies = await WaitForRepliesAsync(servers, cancellationToken).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started);
            var rss = Process.GetCurrentProcess().WorkingSet64;
            foreach (var host in bots)
            {
                await host.StopAsync(cancellationToken).ConfigureAwait(false);
            }

            var firstReplies = sent.Where(s => replies.ContainsKey(s.Key)).Select(s => (replies[s.Key][0] - s.Value).TotalMilliseconds).ToList();
            return new BotRunResult(model, count, replies.Count, replies.Count(r => r.Value.Count > 1), firstReplies, [.. finals], rss)
            {
                State = state,
                Hosts = hosts,
                AnswersPerSecond = replies.Count / elapsed.TotalSeconds,
            };
        }
        finally
        {
            foreach (var host in bots)
            {
                host.Dispose();
            }

            foreach (var server in servers)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private Microsoft.Extensions.Hosting.IHost Build(
        FakeDiscordServer server, string folder, string model, int shard, IReadOnlyDictionary<string, string?> stateSettings)
    {
        var overrides = new Dictionary<string, string?>
        {
            ["Discord:Token"] = "bench-token",
            ["Discord:RestBaseUrl"] = server.RestBaseUrl.ToString(),
            ["Discord:Rest:GlobalRequestsPerSecond"] = "10000",
            ["Knowledge:DatabasePath"] = Path.Combine(folder, "bench.db"),
            ["Knowledge:DocumentsPath"] = seeds,
            ["Bot:UserQuestionsPerWindow"] = "1000",
            ["Bot:ChannelQuestionsPerWindow"] = "10000",
            ["Discord:ShardId"] = shard.ToString(CultureInfo.InvariantCulture),
            ["Discord:ShardCount"] = hosts.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in stateSettings)
        {
            overrides[key] = value;
        }

        var builder = VendorBotHost.CreateBuilder(overrides, LogLevel.Warning);
        builder.Services.AddBot();
        if (model == FakeModel)
        {
            builder.Services.AddSingleton<IChatCompletionService, ZeroLatencyChatService>();
        }

        return builder.Build();
    }

    private async Task<Dictionary<string, DateTimeOffset>> SendAsync(
        IReadOnlyList<FakeDiscordServer> servers, IReadOnlyList<BotIdentity> identities, CancellationToken cancellationToken)
    {
        var sent = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var firstId = FirstMessageId(count);
        var pacing = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            if (rate > 0 && TimeSpan.FromSeconds(i / rate) - pacing.Elapsed is { TotalMilliseconds: > 0 } ahead)
            {
                await Task.Delay(ahead, cancellationToken).ConfigureAwait(false);
            }

            var id = (firstId + i).ToString(CultureInfo.InvariantCulture);
            var server = servers[i % servers.Count];
            var identity = identities[i % identities.Count];
            var message = DiscordEvents.GuildMessage(
                id, $"<@{identity.UserId}> {Questions[i % Questions.Length]}", (1 + (i % users)).ToString(CultureInfo.InvariantCulture),
                "u", mentionsBot: true, channelId: "600", guildId: "500");
            sent[id] = TimeProvider.System.GetUtcNow();
            await server.Gateway.PushDispatchAsync("MESSAGE_CREATE", message, cancellationToken).ConfigureAwait(false);
        }

        return sent;
    }

    /// <summary>
    /// The first of <paramref name="count"/> consecutive message ids for a run: real snowflakes of the current time (the
    /// millisecond in the high bits, like Discord's), so they differ from every earlier run's, in this process or another.
    /// A shared PostgreSQL state store remembers delivery claims for <see cref="BotLimits.DeliveryMemory"/>: ids that repeat
    /// across bench invocations would all be taken for duplicates, and the run would silently answer nothing.
    /// </summary>
    internal static long FirstMessageId(int count)
    {
        var now = (TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds() - DiscordEpochMilliseconds) << 22;
        while (true)
        {
            var last = Interlocked.Read(ref _lastMessageId);
            var first = Math.Max(now, last + 1);
            if (Interlocked.CompareExchange(ref _lastMessageId, first + count - 1, last) == last)
            {
                return first;
            }
        }
    }

    // Replies by question id; each reply's first POST is the moment the asker first sees something.
    private async Task<Dictionary<string, List<DateTimeOffset>>> WaitForRepliesAsync(IReadOnlyList<FakeDiscordServer> servers, CancellationToken cancellationToken)
    {
        var replies = new Dictionary<string, List<DateTimeOffset>>(StringComparer.Ordinal);
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < ReplyPatience)
        {
            replies = servers.SelectMany(server => server.Rest.RequestsTo("POST", "channels/*/messages"))
                .Select(r => (Ref: JsonNode.Parse(r.Body)?["message_reference"]?["message_id"]?.GetValue<string>(), r.ReceivedAt))
                .Where(r => r.Ref is not null)
                .GroupBy(r => r.Ref!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(r => r.ReceivedAt).ToList(), StringComparer.Ordinal);
            if (replies.Count >= count)
            {
                break;
            }

            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }

        return replies;
    }

    private static MeterListener ListenToTotalDuration(ConcurrentBag<double> finals)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == BotMetrics.MeterName && instrument.Name == TotalDuration)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => finals.Add(value));
        listener.Start();
        return listener;
    }
}
