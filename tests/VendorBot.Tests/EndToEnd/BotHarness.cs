using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using VendorBot.Answering.Log;
using VendorBot.Bot;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Fakes;
using VendorBot.Discord.Fakes.Payloads;
using VendorBot.Discord.Fakes.Rest;
using VendorBot.Hosting;

namespace VendorBot.Tests.EndToEnd;

/// <summary>
/// The whole bot (Generic Host, real SQLite index in a temp folder, extractive answers) against the fake Discord on
/// loopback, which sends doc-shaped events (<see cref="DiscordEvents"/>) and validates every request. Each harness
/// has its own folder, database and fake server.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    public const string Token = "MTA5ODc2NTQzMjE.bot-e2e-secret.DoNotLogMe";
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    public static readonly Snowflake BotUserId = new(900);
    public static readonly Snowflake Guild = new(500);
    public static readonly Snowflake Channel = new(600);

    private static long _nextId = 1_000_000;

    private BotHarness(string folder, FakeDiscordServer server, IHost host)
    {
        Folder = folder;
        Server = server;
        Host = host;
        Logs = host.Services.GetFakeLogCollector();
    }

    public string Folder { get; }

    public string DocumentsFolder => Path.Combine(Folder, "docs");

    public FakeDiscordServer Server { get; }

    public IHost Host { get; }

    public FakeLogCollector Logs { get; }

    public static async Task<BotHarness> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, Action<FakeDiscordServer>? script = null, Action<IServiceCollection>? services = null)
    {
        var (folder, server, host) = await CreateAsync(settings, script, services);
        await host.StartAsync(TestContext.Current.CancellationToken);
        var harness = new BotHarness(folder, server, host);
        await harness.WaitUntilAsync(() => host.Services.GetRequiredService<BotIdentity>().IsKnown, "READY");
        return harness;
    }

    /// <summary>A started host that need not have identified yet (its identify may wait on a fake clock).</summary>
    public static async Task<BotHarness> StartWithoutWaitingAsync(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection> services)
    {
        var (folder, server, host) = await CreateAsync(settings, null, services);
        await host.StartAsync(TestContext.Current.CancellationToken);
        return new BotHarness(folder, server, host);
    }

    /// <summary>A host that has not been started, for start-up failure tests.</summary>
    public static async Task<(string Folder, FakeDiscordServer Server, IHost Host)> CreateAsync(
        IReadOnlyDictionary<string, string?>? settings = null, Action<FakeDiscordServer>? script = null, Action<IServiceCollection>? services = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "vendorbot-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "docs"));
        await File.WriteAllTextAsync(Path.Combine(folder, "docs", BotFixtureDocuments.LahoreFile), BotFixtureDocuments.Lahore, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "docs", BotFixtureDocuments.AcmeFile), BotFixtureDocuments.Acme, TestContext.Current.CancellationToken);
        var server = await FakeDiscordServer.StartAsync(TestContext.Current.CancellationToken);
        server.Rest.ExpectedToken = Token;
        script?.Invoke(server);
        var overrides = new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:RestBaseUrl"] = server.RestBaseUrl.ToString(),
            ["Discord:GuildId"] = Guild.ToString(),
            ["Discord:Gateway:ReconnectBaseDelay"] = "00:00:00.020",
            ["Discord:Gateway:ReconnectMaxDelay"] = "00:00:00.160",
            ["Discord:Gateway:IdentifyInterval"] = "00:00:00",
            ["Discord:Gateway:CloseTimeout"] = "00:00:02",
            ["Knowledge:DatabasePath"] = Path.Combine(folder, "vendorbot.db"),
            ["Knowledge:DocumentsPath"] = Path.Combine(folder, "docs"),
            ["Bot:ShutdownGrace"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var builder = VendorBotHost.CreateBuilder(overrides, LogLevel.Debug);
        builder.Logging.ClearProviders().AddFakeLogging();
        builder.Services.AddBot();
        services?.Invoke(builder.Services);
        return (folder, server, builder.Build());
    }

    public static Snowflake NextId() => new((ulong)Interlocked.Increment(ref _nextId));

    /// <summary>A guild MESSAGE_CREATE as Discord sends it; with <paramref name="mention"/> the bot is mentioned first.</summary>
    public static TestMessage Question(string content, ulong user = 42, Snowflake? channel = null, bool mention = true)
    {
        var id = NextId();
        return new TestMessage(id, DiscordEvents.GuildMessage(
            id.ToString(), mention ? $"<@{BotUserId}> {content}" : content, User(user), $"user{user}", mention, Text(channel ?? Channel), Guild.ToString()));
    }

    /// <summary>A guild message from another bot that mentions this one.</summary>
    public static TestMessage FromAnotherBot(string content, ulong bot = 77)
    {
        var id = NextId();
        return new TestMessage(id, DiscordEvents.GuildMessage(
            id.ToString(), $"<@{BotUserId}> {content}", User(bot), $"bot{bot}", mentionsBot: true, Channel.ToString(), Guild.ToString(), authorIsBot: true));
    }

    /// <summary>A DM: no guild, no member.</summary>
    public static TestMessage DirectMessage(string content, Snowflake channel, ulong user = 42)
    {
        var id = NextId();
        return new TestMessage(id, DiscordEvents.DirectMessage(id.ToString(), content, channel.ToString(), User(user), $"user{user}"));
    }

    /// <summary>A reply (type 19) to one of the bot's messages, with <c>referenced_message</c> as Discord loads it.</summary>
    public static TestMessage Reply(string content, Snowflake replyingTo, string repliedContent, ulong user = 42)
    {
        var id = NextId();
        return new TestMessage(id, DiscordEvents.Reply(
            id.ToString(), content, replyingTo.ToString(), repliedContent, authorId: User(user), authorName: $"user{user}",
            channelId: Channel.ToString(), guildId: Guild.ToString()));
    }

    /// <summary>A slash command with string options; without any, <c>data.options</c> is absent as in Discord.</summary>
    public static TestInteraction Command(string name, IReadOnlyDictionary<string, string>? options = null, Permissions permissions = Permissions.SendMessages, ulong user = 42) =>
        CommandWith(name, options?.Select(o => new KeyValuePair<string, object>(o.Key, o.Value)), permissions, user);

    /// <summary>A slash command with typed options (strings, booleans, integers).</summary>
    public static TestInteraction CommandWith(string name, IEnumerable<KeyValuePair<string, object>>? options, Permissions permissions = Permissions.SendMessages, ulong user = 42)
    {
        var (id, token) = (NextId(), "itoken-" + NextId());
        return new TestInteraction(id, token, DiscordEvents.Command(
            id.ToString(), token, name, options, permissions.ToDiscordString(), User(user), $"user{user}", Channel.ToString(), Guild.ToString()));
    }

    /// <summary>An autocomplete request with one option filled and the focused one after it.</summary>
    public static TestInteraction Autocomplete(string name, (string Name, string Value) filled, (string Name, string Value) focused, ulong user = 42)
    {
        var (id, token) = (NextId(), "itoken-" + NextId());
        return new TestInteraction(id, token, DiscordEvents.Autocomplete(
            id.ToString(), token, name, filled, focused, Permissions.SendMessages.ToDiscordString(), User(user), $"user{user}", Channel.ToString(), Guild.ToString()));
    }

    /// <summary>A button click on one of the bot's messages, by a member with <paramref name="permissions"/>.</summary>
    public static TestInteraction Button(string customId, ulong user = 42, Permissions permissions = Permissions.None)
    {
        var (id, token) = (NextId(), "itoken-" + NextId());
        return new TestInteraction(id, token, DiscordEvents.Button(
            id.ToString(), token, customId, permissions: permissions.ToDiscordString(), userId: User(user), userName: $"user{user}", channelId: Channel.ToString(), guildId: Guild.ToString()));
    }

    /// <summary>A slash command's sub-command with typed options.</summary>
    public static TestInteraction Subcommand(
        string name, string subcommand, IEnumerable<KeyValuePair<string, object>>? options = null, Permissions permissions = Permissions.SendMessages, ulong user = 42)
    {
        var (id, token) = (NextId(), "itoken-" + NextId());
        return new TestInteraction(id, token, DiscordEvents.Subcommand(
            id.ToString(), token, name, subcommand, options, permissions.ToDiscordString(), User(user), $"user{user}", Channel.ToString(), Guild.ToString()));
    }

    /// <summary>A sub-command with an attachment option and the uploaded file in <c>data.resolved.attachments</c>.</summary>
    public static TestInteraction Upload(string name, string subcommand, string option, UploadedFile file, Permissions permissions = Permissions.SendMessages, ulong user = 42)
    {
        var (id, token) = (NextId(), "itoken-" + NextId());
        return new TestInteraction(id, token, DiscordEvents.SubcommandWithAttachment(
            id.ToString(), token, name, subcommand, option, file, permissions.ToDiscordString(), User(user), $"user{user}", Channel.ToString(), Guild.ToString()));
    }

    /// <summary>THREAD_CREATE for a new thread (or forum post) under <paramref name="parent"/>.</summary>
    public Task CreateThreadAsync(Snowflake thread, Snowflake parent, ulong owner = 42) =>
        Server.Gateway.PushDispatchAsync("THREAD_CREATE", DiscordEvents.ThreadCreate(thread.ToString(), parent.ToString(), User(owner), guildId: Guild.ToString()), TestContext.Current.CancellationToken);

    public Task SendAsync(TestMessage message) =>
        Server.Gateway.PushDispatchAsync("MESSAGE_CREATE", message.Json, TestContext.Current.CancellationToken);

    public Task SendAsync(TestInteraction interaction) =>
        Server.Gateway.PushDispatchAsync("INTERACTION_CREATE", interaction.Json, TestContext.Current.CancellationToken);

    /// <summary>Bot messages that reply to <paramref name="question"/>.</summary>
    public IReadOnlyList<(RecordedRestRequest Request, JsonObject Body)> RepliesTo(TestMessage question) =>
        [.. Posted().Where(p => p.Body["message_reference"]?["message_id"]?.GetValue<string>() == question.Id.ToString())];

    /// <summary>Every message the bot created in a channel, with its parsed body.</summary>
    public IReadOnlyList<(RecordedRestRequest Request, JsonObject Body)> Posted() =>
        [.. Server.Rest.RequestsTo("POST", "channels/*/messages").Where(r => r.Status is 200 or 201).Select(r => (r, (JsonObject)JsonNode.Parse(r.Body)!))];

    /// <summary>Requests about one interaction (callback, edits and follow-ups), in order.</summary>
    public IReadOnlyList<RecordedRestRequest> RequestsFor(TestInteraction interaction) =>
        [.. Server.Rest.Requests.Where(r => r.Path.Contains(interaction.Token, StringComparison.Ordinal) || r.Path.Contains($"interactions/{interaction.Id}/", StringComparison.Ordinal))];

    public async Task<JsonObject> WaitForReplyAsync(TestMessage question)
    {
        await WaitUntilAsync(() => RepliesTo(question).Count > 0, $"a reply to {question.Id}");
        return RepliesTo(question)[0].Body;
    }

    public async Task<JsonObject> WaitForEditAsync(TestInteraction interaction)
    {
        await WaitUntilAsync(() => RequestsFor(interaction).Any(r => r.Method == "PATCH"), $"an edit of {interaction.Id}");
        return (JsonObject)JsonNode.Parse(RequestsFor(interaction).Last(r => r.Method == "PATCH").Body)!;
    }

    public async Task<JsonObject> WaitForCallbackAsync(TestInteraction interaction)
    {
        await WaitUntilAsync(() => RequestsFor(interaction).Any(r => r.Method == "POST" && r.Path.EndsWith("/callback", StringComparison.Ordinal)), $"a callback for {interaction.Id}");
        return (JsonObject)JsonNode.Parse(RequestsFor(interaction).First(r => r.Path.EndsWith("/callback", StringComparison.Ordinal)).Body)!;
    }

    /// <summary>The latest answer in the test channel, as the answer log has it.</summary>
    public async Task<LoggedAnswer> LatestAnswerAsync()
    {
        var log = Host.Services.GetRequiredService<IAnswerLog>();
        await WaitUntilAsync(() => log.GetLatestInChannelAsync(Channel.ToString(), CancellationToken.None).GetAwaiter().GetResult()?.MessageId is not null, "a logged answer");
        return (await log.GetLatestInChannelAsync(Channel.ToString(), TestContext.Current.CancellationToken))!;
    }

    /// <summary>The question as the answering pipeline rewrote it, read from the answers table.</summary>
    public async Task<string> StandaloneQuestionAsync(string question)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(Folder, "vendorbot-state.db")};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT standalone_question FROM answers WHERE question = $q";
        command.Parameters.AddWithValue("$q", question);
        return (string)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    public Task WaitUntilAsync(Func<bool> condition, string what) => WaitUntilAsync(condition, what, Patience);

    public async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan patience)
    {
        var started = Stopwatch.GetTimestamp();
        while (!condition())
        {
            if (Stopwatch.GetElapsedTime(started) > patience)
            {
                throw new TimeoutException($"timed out waiting for {what}");
            }

            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    private static string User(ulong id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Text(Snowflake id) => id.ToString();

    /// <summary>Stops the bot, then the fake Discord, which fails the test if the bot sent anything Discord would refuse.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            using var stop = new CancellationTokenSource(Patience);
            await Host.StopAsync(stop.Token);
        }
        finally
        {
            // Also when stopping rethrows a worker's failure (a test may expect one): nothing is left behind.
            Host.Dispose();
            try
            {
                await Server.DisposeAsync();
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(Folder, recursive: true);
            }
        }
    }
}
