using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Answering;

namespace VendorBot.Tests.Answering.Extractive;

public sealed class StanceGroupedAnswerTests
{
    private static string ClaimFixtures => Path.Combine(AnsweringTestHost.RepositoryRoot(), "eval", "fixtures");

    [Theory]
    [InlineData("What is Huawei accused of regarding Uyghurs?", "Uyghur")]
    [InlineData("Did Huawei install backdoors?", "backdoor")]
    public async Task TheSeedsDisputedQuestionsShowTheAccusationAndTheDenialGroupedByStance(string question, string topic)
    {
        await using var host = await AnsweringTestHost.StartAsync(AnsweringTestHost.Seeds);

        var answer = await host.AskAsync(question);

        answer.Mode.ShouldBe(AnswerMode.Extractive);
        var lines = answer.Text.Split('\n');
        var alleged = Array.FindIndex(lines, l => l.StartsWith("- Alleged:", StringComparison.Ordinal) && l.Contains("accused", StringComparison.Ordinal));
        var denied = Array.FindIndex(lines, l => l.StartsWith("- Denied:", StringComparison.Ordinal));
        alleged.ShouldBeGreaterThanOrEqualTo(0, answer.Text);
        denied.ShouldBeGreaterThan(alleged, answer.Text);
        answer.Text.ShouldContain(topic);
    }

    [Fact]
    public async Task AnswersFromSourcesThatAgreeCarryNoStanceLabels()
    {
        await using var host = await AnsweringTestHost.StartAsync(AnsweringTestHost.Seeds);

        var answer = await host.AskAsync("Where is the duplicate of Pakistan's network located?");

        answer.Text.ShouldNotContain("Alleged:");
        answer.Text.ShouldNotContain("Denied:");
    }

    [Fact]
    public async Task AQuestionAboutNowQuotesTheNewestSourceFirstAndSaysHowOldItIs()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 5, 20, 12, 0, 0, TimeSpan.Zero));
        await using var host = await AnsweringTestHost.StartAsync(ClaimFixtures, services: s => s.AddSingleton<TimeProvider>(time));

        var answer = await host.AskAsync("Is Norvatel still suspended from new contracts now?");

        answer.Citations[0].PublishedOn.ShouldBe(new DateOnly(2023, 5, 10));
        answer.Text.ShouldContain("The newest source is from 2023-05-10 (about 2 years ago)");
    }

    [Fact]
    public async Task AQuestionNotAboutNowSaysNothingAboutTheAgeOfItsSources()
    {
        await using var host = await AnsweringTestHost.StartAsync(ClaimFixtures);

        var answer = await host.AskAsync("Why were Norvatel contracts suspended?");

        answer.Outcome.ShouldBe(AnswerOutcome.Answered);
        answer.Text.ShouldNotContain("The newest source is from");
    }
}
