using VendorBot.Answering.Log;

namespace VendorBot.Insights;

/// <summary>What the users asked over a window of days, from the answers log, so an admin knows which sources to add next.</summary>
/// <param name="From">The first day of the window (UTC).</param>
/// <param name="To">The last day of the window (UTC, today).</param>
/// <param name="LogEnabled">False when <c>Answering:LogAnswers</c> is off: nothing new is recorded, the report shows only older entries.</param>
/// <param name="Truncated">True when the window holds more questions than are read (<see cref="InsightsLimits.MaxQuestions"/>, the newest).</param>
/// <param name="Questions">The questions read.</param>
/// <param name="Answered">Those answered with cited sources.</param>
/// <param name="NotCovered">Those declined because the sources do not cover them.</param>
/// <param name="Refused">Those refused whatever the sources say (asked to take a side or change the rules).</param>
/// <param name="TopicCount">Topics the declined questions form (the first ones are in <paramref name="Topics"/>).</param>
/// <param name="Topics">Declined questions grouped by topic, most asked first.</param>
/// <param name="NotHelpful">Answers voted not helpful, most such votes first.</param>
/// <param name="Vendors">The vendors the questions name, most asked first.</param>
/// <param name="Daily">Every day of the window, oldest first.</param>
public sealed record InsightsReport(
    DateOnly From,
    DateOnly To,
    bool LogEnabled,
    bool Truncated,
    int Questions,
    int Answered,
    int NotCovered,
    int Refused,
    int TopicCount,
    IReadOnlyList<UncoveredTopic> Topics,
    IReadOnlyList<UnhelpfulAnswer> NotHelpful,
    IReadOnlyList<VendorDemand> Vendors,
    IReadOnlyList<DailyAnswers> Daily);

/// <summary>Declined questions about one topic.</summary>
/// <param name="Words">The words the questions share, most shared first.</param>
/// <param name="Vendors">The known vendors they name (the same for every question of the topic).</param>
/// <param name="Questions">How many questions.</param>
/// <param name="LastAsked">When the latest was asked.</param>
/// <param name="Examples">Distinct questions as asked, latest first.</param>
public sealed record UncoveredTopic(IReadOnlyList<string> Words, IReadOnlyList<string> Vendors, int Questions, DateTimeOffset LastAsked, IReadOnlyList<string> Examples);

/// <summary>An answer users voted not helpful.</summary>
/// <param name="AnswerId">The answer reference.</param>
/// <param name="AskedAt">When it was answered.</param>
/// <param name="Question">The question as asked.</param>
/// <param name="NotHelpfulVotes">Votes "not helpful".</param>
/// <param name="HelpfulVotes">Votes "helpful".</param>
/// <param name="Sources">The sources it cited.</param>
public sealed record UnhelpfulAnswer(string AnswerId, DateTimeOffset AskedAt, string Question, int NotHelpfulVotes, int HelpfulVotes, IReadOnlyList<LoggedSource> Sources);

/// <summary>How often a vendor was asked about, and how often the sources could answer.</summary>
/// <param name="Vendor">The vendor, as the index spells it.</param>
/// <param name="Questions">Questions naming it.</param>
/// <param name="Answered">Of those, answered.</param>
/// <param name="NotCovered">Of those, declined as not covered.</param>
public sealed record VendorDemand(string Vendor, int Questions, int Answered, int NotCovered);

/// <summary>One day's questions.</summary>
/// <param name="Day">The day (UTC).</param>
/// <param name="Answered">Answered with cited sources.</param>
/// <param name="NotCovered">Declined as not covered.</param>
/// <param name="Refused">Refused whatever the sources say.</param>
public sealed record DailyAnswers(DateOnly Day, int Answered, int NotCovered, int Refused)
{
    /// <summary>Answered out of answered and not covered (refusals are not a gap in the sources); null on a day without either.</summary>
    public double? AnswerRate => Answered + NotCovered == 0 ? null : (double)Answered / (Answered + NotCovered);
}
