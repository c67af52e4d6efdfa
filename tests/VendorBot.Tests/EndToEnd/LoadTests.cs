using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VendorBot.Discord.Fakes.Rest;
using VendorBot.Tests.Fakes;

namespace VendorBot.Tests.EndToEnd;

public sealed class LoadTests
{
    private const int Users = 50;
    private const int Questions = 200;
    private static readonly TimeSpan LoadPatience = TimeSpan.FromSeconds(60);

    private static readonly string[] Asked =
    [
        "What did Huawei threaten BES with?",
        "Where is the duplicate of Pakistan's network located?",
        "What was alleged about Acme's firmware telemetry?",
        "Did Huawei deny installing a backdoor?",
    ];

    // Every reply goes to one channel, so all 200 posts queue on that channel's rate-limit bucket one at a time; on a
    // starved CPU (load > 30 on 2 cores) the last of them waited past the default 30 s Discord:Rest:MaxWait ("Discord rate
    // limits kept POST /channels/{channel_id}/messages waiting longer than allowed") and the bot rightly apologised. That
    // bound is a real-time budget for one request, not what these tests are about, so it gets the tests' own patience.
    private static readonly Dictionary<string, string?> Unthrottled = new()
    {
        ["Bot:UserQuestionsPerWindow"] = "1000",
        ["Bot:ChannelQuestionsPerWindow"] = "10000",
        ["Discord:Rest:GlobalRequestsPerSecond"] = "5000",
        ["Discord:Rest:MaxWait"] = LoadPatience.ToString("c", CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task FiftyUsersAskingTwoHundredQuestionsAreEachAnsweredExactlyOnce()
    {
        await using var bot = await BotHarness.StartAsync(Unthrottled);
        var questions = MakeQuestions();

        foreach (var question in questions)
        {
            await bot.SendAsync(question);
        }

        await bot.WaitUntilAsync(() => questions.All(q => bot.RepliesTo(q).Count > 0), "every answer", LoadPatience);
        await AssertEachAnsweredOnceAsync(bot, questions);
    }

    [Fact]
    public async Task EveryQuestionIsAnsweredOnceThroughAGatewayDropWithReplayAndA429Storm()
    {
        await using var bot = await StartWithReplayAndA429StormAsync(Unthrottled);
        var questions = MakeQuestions();

        await SendDroppingTheGatewayHalfwayAsync(bot, questions);
        await AssertEachAnsweredOnceAsync(bot, questions);
        bot.Server.Gateway.Connections.Count.ShouldBeGreaterThan(1);
        bot.Server.Rest.Requests.Count(r => r.Status == 429).ShouldBe(30);
        // The last reply is posted before its answer's bookkeeping (recording the message id in the answers log) ends.
        var scheduler = bot.Host.Services.GetRequiredService<VendorBot.Bot.QuestionScheduler>();
        await bot.WaitUntilAsync(() => scheduler.InFlight == 0, "no answer in flight");
    }

    [Fact]
    public async Task EveryQuestionIsAnsweredOnceByTheFallbackWhileTheModelTimesOutOrFailsThroughAGatewayDropAndA429Storm()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Script(n => n % 2 == 0 ? FakeReply.Slow() : FakeReply.Error(HttpStatusCode.InternalServerError));
        var settings = new Dictionary<string, string?>(Unthrottled)
        {
            ["Llm:Provider"] = "OpenAICompatible",
            ["Llm:Endpoint"] = model.Endpoint.ToString(),
            ["Llm:Model"] = "fake-model",
            ["Llm:Timeout"] = "00:00:01",
            ["Llm:MaxRetries"] = "1",
            ["Llm:RetryDelay"] = "00:00:00.001",
            ["Bot:MaxConcurrentAnswers"] = Questions.ToString(CultureInfo.InvariantCulture),
        };
        await using var bot = await StartWithReplayAndA429StormAsync(settings);
        var questions = MakeQuestions();

        await SendDroppingTheGatewayHalfwayAsync(bot, questions);
        await AssertEachAnsweredOnceAsync(bot, questions);
        model.Requests.Count.ShouldBeGreaterThanOrEqualTo(Questions);
        (await AnswerModesAsync(bot)).ShouldBe(new Dictionary<string, long> { ["fallback"] = Questions });
        bot.Server.Gateway.Connections.Count.ShouldBeGreaterThan(1);
        bot.Server.Rest.Requests.Count(r => r.Status == 429).ShouldBe(30);
    }

    /// <summary>A bot whose fake Discord replays 5 events on resume and answers the first 30 message posts with 429.</summary>
    private static Task<BotHarness> StartWithReplayAndA429StormAsync(IReadOnlyDictionary<string, string?> settings) =>
        BotHarness.StartAsync(settings, server =>
        {
            server.Gateway.ReplayOverlap = 5;
            server.Rest.Script("POST", "channels/*/messages", [.. Enumerable.Repeat(FakeRestReply.TooManyRequests(TimeSpan.FromMilliseconds(20)), 30)]);
        });

    /// <summary>Sends every question, dropping the gateway halfway, then waits (bounded) until each has a reply.</summary>
    private static async Task SendDroppingTheGatewayHalfwayAsync(BotHarness bot, List<TestMessage> questions)
    {
        for (var i = 0; i < questions.Count; i++)
        {
            if (i == questions.Count / 2)
            {
                bot.Server.Gateway.DropConnection();
            }

            await bot.SendAsync(questions[i]);
        }

        await bot.WaitUntilAsync(() => questions.All(q => bot.RepliesTo(q).Count > 0), "every answer", LoadPatience);
    }

    private static async Task<Dictionary<string, long>> AnswerModesAsync(BotHarness bot)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(bot.Folder, "vendorbot-state.db")};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT mode, COUNT(*) FROM answers GROUP BY mode";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var modes = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            modes[reader.GetString(0)] = reader.GetInt64(1);
        }

        return modes;
    }

    private static List<TestMessage> MakeQuestions() =>
        [.. Enumerable.Range(0, Questions).Select(i => BotHarness.Question(Asked[i % Asked.Length], user: (ulong)(1 + (i % Users))))];

    /// <summary>How long no new request may reach the fake Discord before the bot counts as done (a late duplicate shows within it).</summary>
    private static readonly TimeSpan QuietFor = TimeSpan.FromSeconds(1);

    // Counting the moment every question has one reply would miss a duplicate posted a little later: first wait until
    // nothing is in flight and the fake Discord has seen no new request for QuietFor (bounded by LoadPatience). The bot
    // runs on real sockets and the system clock, so this is a real-time poll.
    private static async Task WaitForQuiescenceAsync(BotHarness bot)
    {
        var scheduler = bot.Host.Services.GetRequiredService<VendorBot.Bot.QuestionScheduler>();
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        var seen = bot.Server.Rest.Requests.Count;
        var quietSince = System.Diagnostics.Stopwatch.StartNew();
        while (deadline.Elapsed < LoadPatience)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken);
            var now = bot.Server.Rest.Requests.Count;
            if (now != seen || scheduler.InFlight > 0)
            {
                seen = now;
                quietSince.Restart();
            }
            else if (quietSince.Elapsed >= QuietFor)
            {
                return;
            }
        }

        throw new TimeoutException($"the bot was still sending requests after {LoadPatience}");
    }

    private static async Task AssertEachAnsweredOnceAsync(BotHarness bot, List<TestMessage> questions)
    {
        await WaitForQuiescenceAsync(bot);
        var byQuestion = bot.Posted()
            .Select(p => p.Body["message_reference"]?["message_id"]?.GetValue<string>())
            .Where(id => id is not null)
            .GroupBy(id => id!)
            .ToDictionary(g => g.Key, g => g.Count());
        questions.ShouldAllBe(q => byQuestion.GetValueOrDefault(q.Id.ToString()) == 1);
        var errors = string.Join("\n", bot.Logs.GetSnapshot().Where(r => r.Level >= LogLevel.Error).Select(r => $"{r.Message} {r.Exception}"));
        bot.Posted().ShouldAllBe(p => p.Body["content"]!.GetValue<string>().Contains('[') && !p.Body["content"]!.GetValue<string>().StartsWith("Sorry", StringComparison.Ordinal), errors);
    }
}
