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

/// <summary>One <c>bot</c> run: a fresh fake Discord, index and host, then the questions, then the replies counted.</summary>
internal sealed class BotLoadRun(int users, int count, double rate, string seeds)
{
    /// <summary>The extractive variant (no model).</summary>
    public const string Extractive = "extractive";

    /// <summary>The zero-latency fake model variant (<see cref="ZeroLatencyChatService"/>).</summary>
    public const string FakeModel = "fake";

    private const string TotalDuration = "vendorbot.total.duration";

    private static readonly TimeSpan ReplyPatience = TimeSpan.FromMinutes(5);

    private static readonly string[] Questions =
    [
        "What did Huawei threaten BES with?",
        "Where is the duplicate of Pakistan's network located?",
        "Which country is confident about working with Huawei on 5G?",
        "Did Huawei deny installing a backdoor?",
    ];

    /// <summary>Runs the load with <paramref name="model"/> answering.</summary>
    public async Task<BotRunResult> RunAsync(string model, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("vendorbot-botbench-");
        var finals = new ConcurrentBag<double>();
        using var listener = ListenToTotalDuration(finals);
        try
        {
            await using var server = await FakeDiscordServer.StartAsync(cancellationToken).ConfigureAwait(false);
            using var host = Build(server, folder.FullName, model);
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            var identity = host.Services.GetRequiredService<BotIdentity>();
            while (!identity.IsKnown)
            {
                await Task.Delay(10, cancellationToken).ConfigureAwait(false);
            }

            var sent = await SendAsync(server, identity, cancellationToken).ConfigureAwait(false);
            var replies = await WaitForRepliesAsync(server, cancellationToken).ConfigureAwait(false);
            var rss = Process.GetCurrentProcess().WorkingSet64;
            await host.StopAsync(cancellationToken).ConfigureAwait(false);
            var firstReplies = sent.Where(s => replies.ContainsKey(s.Key)).Select(s => (replies[s.Key][0] - s.Value).TotalMilliseconds).ToList();
            return new BotRunResult(model, count, replies.Count, replies.Count(r => r.Value.Count > 1), firstReplies, [.. finals], rss);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private Microsoft.Extensions.Hosting.IHost Build(FakeDiscordServer server, string folder, string model)
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
        };
        var builder = VendorBotHost.CreateBuilder(overrides, LogLevel.Warning);
        builder.Services.AddBot();
        if (model == FakeModel)
        {
            builder.Services.AddSingleton<IChatCompletionService, ZeroLatencyChatService>();
        }

        return builder.Build();
    }

    private async Task<Dictionary<string, DateTimeOffset>> SendAsync(FakeDiscordServer server, BotIdentity identity, CancellationToken cancellationToken)
    {
        var sent = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var pacing = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            if (rate > 0 && TimeSpan.FromSeconds(i / rate) - pacing.Elapsed is { TotalMilliseconds: > 0 } ahead)
            {
                await Task.Delay(ahead, cancellationToken).ConfigureAwait(false);
            }

            var id = (2_000_000 + i).ToString(CultureInfo.InvariantCulture);
            var message = DiscordEvents.GuildMessage(
                id, $"<@{identity.UserId}> {Questions[i % Questions.Length]}", (1 + (i % users)).ToString(CultureInfo.InvariantCulture),
                "u", mentionsBot: true, channelId: "600", guildId: "500");
            sent[id] = TimeProvider.System.GetUtcNow();
            await server.Gateway.PushDispatchAsync("MESSAGE_CREATE", message, cancellationToken).ConfigureAwait(false);
        }

        return sent;
    }

    // Replies by question id; each reply's first POST is the moment the asker first sees something.
    private async Task<Dictionary<string, List<DateTimeOffset>>> WaitForRepliesAsync(FakeDiscordServer server, CancellationToken cancellationToken)
    {
        var replies = new Dictionary<string, List<DateTimeOffset>>(StringComparer.Ordinal);
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < ReplyPatience)
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
