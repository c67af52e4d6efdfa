using Microsoft.Extensions.Time.Testing;
using VendorBot.Answering;
using VendorBot.Answering.Log;
using VendorBot.Answering.Understanding;
using VendorBot.State;

namespace VendorBot.Tests.Insights;

/// <summary>Writes fictional questions into a real answers log, each at the time it is asked (in any order).</summary>
internal sealed class AnswerLogSeed(StateDatabase database)
{
    private int _next;

    /// <summary>The log, for votes.</summary>
    public StateAnswerLog Log { get; } = new(database, TimeProvider.System);

    /// <summary>An answer citing <paramref name="sources"/> (titles), asked at <paramref name="at"/>.</summary>
    public Task<string> AnsweredAsync(DateTimeOffset at, string question, params string[] sources) =>
        SaveAsync(at, question, "It happened [1].", AnswerOutcome.Answered, null, [.. sources.Select((title, i) => Source(i + 1, title))]);

    /// <summary>A decline ("the sources don't cover this"), asked at <paramref name="at"/>.</summary>
    public Task<string> DeclinedAsync(DateTimeOffset at, string question, string? guild = null) =>
        SaveAsync(at, question, "The sources I have don't cover this (nothing in the sources matches the question).", AnswerOutcome.NotCovered, guild, []);

    /// <summary>A refusal to take a side, asked at <paramref name="at"/>.</summary>
    public Task<string> RefusedAsync(DateTimeOffset at, string question) =>
        SaveAsync(at, question, QuestionAnalyzer.RefusalText + ".", AnswerOutcome.NotCovered, null, []);

    private async Task<string> SaveAsync(DateTimeOffset at, string question, string text, AnswerOutcome outcome, string? guild, Citation[] citations)
    {
        var id = $"a{++_next}";
        var answer = new AnswerResult(id, question, question, text, citations, outcome, AnswerMode.Extractive, "no model configured", new AnswerTimings(TimeSpan.Zero, TimeSpan.Zero));
        await new StateAnswerLog(database, new FakeTimeProvider(at)).SaveAsync(answer, new AnswerOrigin(guild, "channel", "user"), TestContext.Current.CancellationToken);
        return id;
    }

    private static Citation Source(int number, string title) =>
        new(number, $"p{number}", $"{title.ToLowerInvariant().Replace(' ', '-')}.md", title, "The Daily Example", null, null, "It happened.", "It happened, the paper says.");
}
