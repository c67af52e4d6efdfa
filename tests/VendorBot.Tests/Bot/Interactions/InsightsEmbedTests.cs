using VendorBot.Answering.Log;
using VendorBot.Bot.Interactions;
using VendorBot.Insights;

namespace VendorBot.Tests.Bot.Interactions;

public sealed class InsightsEmbedTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Fact]
    public void AFullReportStaysWithinDiscordsEmbedLimitsAndSaysWhenLinesWereLeftOut()
    {
        var topics = Enumerable.Range(1, 10).Select(i => new UncoveredTopic(
            ["word" + i, "*bold*"], ["Norvatel"], 20 - i, DateTimeOffset.UnixEpoch, [new string('q', 400) + i])).ToList();
        var unhelpful = Enumerable.Range(1, 10).Select(i => new UnhelpfulAnswer(
            $"a{i}", DateTimeOffset.UnixEpoch, new string('w', 300), 2, 0, [new LoggedSource(1, "d.md", new string('t', 300), null, null)])).ToList();
        var daily = Enumerable.Range(0, 90).Select(i => new DailyAnswers(Today.AddDays(i - 89), i, 1, 0)).ToList();
        var report = new InsightsReport(Today.AddDays(-89), Today, LogEnabled: false, Truncated: true, 5000, 4000, 900, 100, 40, topics, unhelpful, [new VendorDemand("Norvatel", 10, 4, 6)], daily);

        var embed = InsightsEmbed.Build(report);

        var fields = embed.Fields!;
        fields.ShouldAllBe(field => field.Value.Length <= 1024 && field.Name.Length <= 256);
        (embed.Title!.Length + embed.Description!.Length + fields.Sum(field => field.Name.Length + field.Value.Length)).ShouldBeLessThanOrEqualTo(6000);
        fields[0].Value.ShouldEndWith("\n…");
        fields[0].Value.ShouldContain("\\*bold\\*");
        fields[3].Name.ShouldBe("Answer rate, last 14 days");
        fields[3].Value.Split('\n').Length.ShouldBe(14);
        embed.Description.ShouldContain("The answers log is off");
    }

    [Fact]
    public void AnEmptyReportSaysSoInEachField()
    {
        var report = new InsightsReport(Today, Today, true, false, 0, 0, 0, 0, 0, [], [], [], [new DailyAnswers(Today, 0, 0, 0)]);

        var embed = InsightsEmbed.Build(report);

        embed.Fields!.Select(field => field.Value).ShouldBe(
            ["No question was declined as not covered.", "No answer was voted not helpful.", "No question named a known vendor.", "2026-12-02: — (0 of 0)"]);
    }
}
