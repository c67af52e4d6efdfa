using VendorBot.Answering.Log;
using VendorBot.Insights;

namespace VendorBot.Tests.Insights;

public sealed class QuestionTopicsTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void QuestionsThatOnlyNameTheSameVendorsAreOneTopicWithoutWords()
    {
        var topics = QuestionTopics.Group([Declined("Norvatel?", "Norvatel"), Declined("what about norvatel", "Norvatel")], ["Norvatel?", "what about norvatel"]);

        var topic = topics.ShouldHaveSingleItem();
        topic.Questions.ShouldBe(2);
        topic.Words.ShouldBeEmpty();
    }

    [Fact]
    public void ALongExampleIsCutWithAnEllipsisAndRepeatedQuestionsAreShownOnce()
    {
        var longQuestion = "Why " + string.Concat(Enumerable.Repeat("did the regulator investigate the merger ", 10)).TrimEnd() + "?";
        var topics = QuestionTopics.Group(
            [Declined("Why did the regulator investigate the merger?"), Declined("why did the regulator investigate the merger?"), Declined(longQuestion)],
            ["Why did the regulator investigate the merger?", "why did the regulator investigate the merger?", longQuestion]);

        var topic = topics.ShouldHaveSingleItem();
        topic.Questions.ShouldBe(3);
        topic.Examples.Count.ShouldBe(2);
        topic.Examples[0].Length.ShouldBe(150);
        topic.Examples[0].ShouldEndWith("…");
    }

    private int _next;

    private QuestionTopics.Declined Declined(string question, params string[] vendors)
    {
        var n = ++_next;
        return new(new LoggedQuestion($"q{n}", Start.AddMinutes(n), question, null, "The sources I have don't cover this.", null, [], new FeedbackTally(0, 0)), vendors);
    }
}
