using System.Globalization;
using System.Text;
using VendorBot.Bot.Formatting;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;
using VendorBot.Insights;

namespace VendorBot.Bot.Interactions;

/// <summary>
/// The <c>/insights</c> reply: one embed within Discord's limits. The summary (and a note when the answers log is off)
/// in the description, then a field each for the declined topics, the answers voted not helpful, the most asked
/// vendors and the answer rate per day; a field too long ends with "…". Questions and titles are Markdown escaped.
/// </summary>
internal static class InsightsEmbed
{
    private const int LineLength = 200;
    private const int DaysShown = 14;

    /// <summary>The embed for <paramref name="report"/>.</summary>
    public static Embed Build(InsightsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"{Count(report.Questions, "question")}: {report.Answered} answered, {report.NotCovered} not covered, {report.Refused} refused.");
        if (!report.LogEnabled)
        {
            description += "\nThe answers log is off (Answering:LogAnswers is false): new questions are not recorded, so this shows only what was logged before.";
        }

        if (report.Truncated)
        {
            description += string.Create(CultureInfo.InvariantCulture, $"\nOnly the newest {report.Questions} questions of the window are read.");
        }

        var fields = new List<EmbedField>
        {
            Field("Not covered, by topic", report.Topics.Select(topic => string.Create(
                CultureInfo.InvariantCulture,
                $"**{topic.Questions}×** {Escape(topic.Words.Count == 0 ? "(only vendors)" : string.Join(", ", topic.Words))}{(topic.Vendors.Count == 0 ? string.Empty : $" · {Escape(string.Join(", ", topic.Vendors))}")} — “{Escape(topic.Examples[0])}”")),
                "No question was declined as not covered."),
            Field("Voted not helpful", report.NotHelpful.Select(answer => string.Create(
                CultureInfo.InvariantCulture,
                $"**{answer.NotHelpfulVotes}** not helpful: “{Escape(answer.Question)}” — {Escape(string.Join("; ", answer.Sources.Select(source => source.Title)))} (`{answer.AnswerId}`)")),
                "No answer was voted not helpful."),
            Field("Most asked vendors", report.Vendors.Select(vendor => string.Create(
                CultureInfo.InvariantCulture,
                $"**{Escape(vendor.Vendor)}** — {vendor.Questions} asked, {vendor.Answered} answered, {vendor.NotCovered} not covered")),
                "No question named a known vendor."),
            Field(report.Daily.Count > DaysShown ? "Answer rate, last 14 days" : "Answer rate per day", report.Daily.TakeLast(DaysShown).Select(day => string.Create(
                CultureInfo.InvariantCulture,
                $"{day.Day:yyyy-MM-dd}: {(day.AnswerRate is { } rate ? rate.ToString("0%", CultureInfo.InvariantCulture) : "—")} ({day.Answered} of {day.Answered + day.NotCovered}{(day.Refused == 0 ? string.Empty : $", {day.Refused} refused")})")),
                "No days."),
        };

        return new Embed
        {
            Title = string.Create(CultureInfo.InvariantCulture, $"Insights {report.From:yyyy-MM-dd} to {report.To:yyyy-MM-dd} (UTC)"),
            Description = description,
            Fields = fields,
        };
    }

    private static string Count(int count, string singular) => string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : singular + "s")}");

    private static string Escape(string text) => DiscordText.EscapeMarkdown(DiscordText.Truncate(text, LineLength));

    // Whole lines only, as many as fit the field; "…" when some were left out.
    private static EmbedField Field(string name, IEnumerable<string> lines, string empty)
    {
        var value = new StringBuilder();
        var cut = false;
        foreach (var line in lines)
        {
            var length = value.Length == 0 ? line.Length : line.Length + 1;
            if (value.Length + length > DiscordLimits.EmbedFieldValueLength - 2)
            {
                cut = true;
                break;
            }

            value.Append(value.Length == 0 ? string.Empty : "\n").Append(line);
        }

        var text = value.Length == 0 ? empty : cut ? value.Append("\n…").ToString() : value.ToString();
        return new EmbedField { Name = name, Value = text };
    }
}
