using System.Diagnostics.Metrics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Answering;
using VendorBot.Answering.Log;
using VendorBot.Bot;
using VendorBot.Bot.Formatting;
using VendorBot.Bot.Replies;
using VendorBot.Discord.Entities;
using VendorBot.Tests.EndToEnd;

namespace VendorBot.Tests.Bot.Replies;

public sealed class AnswerRunnerTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task APostedAnswerStaysWhenTheAnswersLogCannotRecordItsMessageId()
    {
        var sink = new RecordingSink();

        var outcome = await RunAsync(new LockedAnswerLog(), sink);

        outcome.ShouldNotBeNull();
        sink.Finals.ShouldBe(1);
        sink.Notices.ShouldBeEmpty();
    }

    private async Task<(AnswerResult Answer, IReadOnlyList<Snowflake> MessageIds)?> RunAsync(IAnswerLog log, IAnswerSink sink)
    {
        var time = new FakeTimeProvider();
        var options = Options.Create(new BotOptions());
        using var scheduler = new QuestionScheduler(options, time, NullLogger<QuestionScheduler>.Instance);
        using var metrics = new BotMetrics(_services.GetRequiredService<IMeterFactory>());
        var runner = new AnswerRunner(new ScriptedAnswerService(), log, scheduler, metrics, options, time, NullLogger<AnswerRunner>.Instance);
        return await runner.RunAsync(new AnswerRequest("Did Brindle Telecom deny the audit findings?", []), sink, time.GetTimestamp(), citedOnly: false, TestContext.Current.CancellationToken);
    }

    /// <summary>An answers log whose file stays locked by another writer: every write fails as Microsoft.Data.Sqlite reports it.</summary>
    private sealed class LockedAnswerLog : IAnswerLog
    {
        private static SqliteException Locked() => new("SQLite Error 5: 'database is locked'.", 5);

        public Task SaveAsync(AnswerResult answer, AnswerOrigin? origin, CancellationToken cancellationToken) => throw Locked();

        public Task<LoggedAnswer?> GetAsync(string answerId, CancellationToken cancellationToken) => Task.FromResult<LoggedAnswer?>(null);

        public Task<LoggedAnswer?> GetLatestInChannelAsync(string channelId, CancellationToken cancellationToken) => Task.FromResult<LoggedAnswer?>(null);

        public Task<bool> SetMessageIdAsync(string answerId, string messageId, CancellationToken cancellationToken) => throw Locked();

        public Task<FeedbackTally?> RecordFeedbackAsync(string answerId, string userId, bool helpful, CancellationToken cancellationToken) => throw Locked();

        public Task<FeedbackTally> GetFeedbackAsync(string answerId, CancellationToken cancellationToken) => throw Locked();

        public Task<IReadOnlyList<LoggedQuestion>> ListSinceAsync(DateTimeOffset since, string? guildId, int limit, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<LoggedQuestion>>([]);
    }

    private sealed class RecordingSink : IAnswerSink
    {
        public int Finals { get; private set; }

        public List<string> Notices { get; } = [];

        public Task ShowPartialAsync(string text, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IReadOnlyList<Snowflake>> ShowFinalAsync(FormattedAnswer answer, CancellationToken cancellationToken)
        {
            Finals++;
            return Task.FromResult<IReadOnlyList<Snowflake>>([new Snowflake(7001)]);
        }

        public Task ShowNoticeAsync(string text, CancellationToken cancellationToken)
        {
            Notices.Add(text);
            return Task.CompletedTask;
        }
    }
}
