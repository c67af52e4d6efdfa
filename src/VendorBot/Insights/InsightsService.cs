using Microsoft.Extensions.Options;
using VendorBot.Answering;
using VendorBot.Answering.Log;
using VendorBot.Answering.Understanding;
using VendorBot.Knowledge.Articles;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Insights;

/// <summary>
/// Builds the <see cref="InsightsReport"/> of the last days (UTC calendar days, today included) from the answers log: the
/// declined questions by topic, the answers voted not helpful, the vendors asked about and the answer rate per day. It
/// reads only what the log keeps; the vendors are the index's (when it exists) plus <c>Documents:Vendors</c>.
/// </summary>
internal sealed class InsightsService(
    IAnswerLog log, KnowledgeDatabase index, KnowledgeCatalog catalog, IOptions<DocumentsOptions> documents, IOptions<AnswerOptions> answering, TimeProvider time)
{
    /// <summary>The report of the last <paramref name="days"/> days, of <paramref name="guildId"/> only when given.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is not between 1 and <see cref="InsightsLimits.MaxDays"/>.</exception>
    public async Task<InsightsReport> ReportAsync(int days, string? guildId, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, InsightsLimits.MaxDays);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var first = today.AddDays(1 - days);
        var since = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var read = await log.ListSinceAsync(since, guildId, InsightsLimits.MaxQuestions + 1, cancellationToken).ConfigureAwait(false);
        var questions = read.Take(InsightsLimits.MaxQuestions).ToList();
        var known = await KnownVendorsAsync(cancellationToken).ConfigureAwait(false);
        var asked = questions
            .Select(question => (Logged: question, Fate: FateOf(question), Vendors: VendorDetector.Named(Text(question), known)))
            .ToList();

        var declined = asked.Where(q => q.Fate == Fate.NotCovered).Select(q => new QuestionTopics.Declined(q.Logged, q.Vendors)).ToList();
        var topics = QuestionTopics.Group(declined, [.. questions.Select(Text)]);
        var notHelpful = questions
            .Where(question => question.Feedback.NotHelpful > 0)
            .OrderByDescending(question => question.Feedback.NotHelpful)
            .ThenByDescending(question => question.Feedback.NotHelpful - question.Feedback.Helpful)
            .ThenByDescending(question => question.CreatedAt)
            .Take(InsightsLimits.NotHelpful)
            .Select(question => new UnhelpfulAnswer(
                question.AnswerId, question.CreatedAt, question.Question, question.Feedback.NotHelpful, question.Feedback.Helpful, question.Sources))
            .ToList();
        var vendors = asked
            .SelectMany(q => q.Vendors.Select(vendor => (Vendor: vendor, q.Fate)))
            .GroupBy(v => v.Vendor, StringComparer.OrdinalIgnoreCase)
            .Select(group => new VendorDemand(
                group.First().Vendor, group.Count(), group.Count(v => v.Fate == Fate.Answered), group.Count(v => v.Fate == Fate.NotCovered)))
            .OrderByDescending(vendor => vendor.Questions)
            .ThenBy(vendor => vendor.Vendor, StringComparer.OrdinalIgnoreCase)
            .Take(InsightsLimits.Vendors)
            .ToList();
        var byDay = asked.ToLookup(q => DateOnly.FromDateTime(q.Logged.CreatedAt.UtcDateTime));
        var daily = Enumerable.Range(0, days)
            .Select(offset => first.AddDays(offset))
            .Select(day => new DailyAnswers(
                day, byDay[day].Count(q => q.Fate == Fate.Answered), byDay[day].Count(q => q.Fate == Fate.NotCovered), byDay[day].Count(q => q.Fate == Fate.Refused)))
            .ToList();

        return new InsightsReport(
            first,
            today,
            answering.Value.LogAnswers,
            read.Count > InsightsLimits.MaxQuestions,
            questions.Count,
            asked.Count(q => q.Fate == Fate.Answered),
            declined.Count,
            asked.Count(q => q.Fate == Fate.Refused),
            topics.Count,
            [.. topics.Take(InsightsLimits.Topics)],
            notHelpful,
            vendors,
            daily);
    }

    private enum Fate
    {
        Answered,
        NotCovered,
        Refused,
    }

    // The question as the bot understood it (a follow-up rewritten without the conversation).
    private static string Text(LoggedQuestion question) => question.StandaloneQuestion ?? question.Question;

    // A decline cites nothing; a refusal to take sides is not a gap in the sources.
    private static Fate FateOf(LoggedQuestion question) =>
        question.Answered ? Fate.Answered
        : question.Text.StartsWith(QuestionAnalyzer.RefusalText, StringComparison.Ordinal) ? Fate.Refused
        : Fate.NotCovered;

    private async Task<IReadOnlyList<string>> KnownVendorsAsync(CancellationToken cancellationToken)
    {
        var indexed = index.Exists ? (await catalog.ListVendorsAsync(cancellationToken).ConfigureAwait(false)).Select(vendor => vendor.Vendor) : [];
        return [.. indexed.Concat(documents.Value.Vendors).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
