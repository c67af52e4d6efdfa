using VendorBot.Answering.Evaluation;

namespace VendorBot.Tests.Answering.Evaluation;

public sealed class EvalReportTests
{
    [Fact]
    public void PassRatesAreCountedPerTagAndAnsweringIsScoredAgainstExpect()
    {
        var answered = ScriptedAnswerService.Answer("Norvatel denied it.");
        var declined = ScriptedAnswerService.Answer();
        EvalOutcome[] outcomes =
        [
            new(1, "a", true, "ok", answered) { Expect = "answer", Tags = ["answerable", "typo"], Leaks = ["Quellink"] },
            new(2, "b", false, "no", declined) { Expect = "answer", Tags = ["answerable"] },
            new(3, "c", false, "no", answered) { Expect = "no_answer", Tags = ["no_answer"] },
            new(4, "d", true, "ok", declined) { Expect = "no_answer", Tags = ["no_answer", "typo"] },
            new(5, "line 5", false, "not valid JSON at position 3", null),
        ];

        var report = EvalReport.Of(outcomes);

        report.Passed.ShouldBe(2);
        report.Total.ShouldBe(5);
        report.Tags.ShouldBe([new TagScore("answerable", 1, 2), new TagScore("no_answer", 1, 2), new TagScore("typo", 2, 2)]);
        report.Answering.Precision.ShouldBe(0.5);
        report.Answering.Recall.ShouldBe(0.5);
        report.Answering.DeclineRate.ShouldBe(0.5);
        report.AttributionAccuracy.ShouldBeNull();
        report.Leaking.ShouldHaveSingleItem().Id.ShouldBe("a");
        report.Leaking[0].Vendors.ShouldBe(["Quellink"]);
    }
}
