using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Answering;
using VendorBot.Insights;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Articles;
using VendorBot.Knowledge.Storage;
using VendorBot.State;
using VendorBot.Tests.State;

namespace VendorBot.Tests.Insights;

/// <summary>The insights report over a real SQLite answers log with fictional questions, on a fake clock.</summary>
public sealed class InsightsServiceTests(PostgresCluster cluster) : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly StateStores _stores = new(cluster);
    private readonly List<KnowledgeDatabase> _indexes = [];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        _indexes.ForEach(index => index.Dispose());
        await _stores.DisposeAsync();
    }

    [Fact]
    public async Task DeclinedQuestionsAboutOneVendorAndTopicFormOneTopicMostAskedFirst()
    {
        var (seed, insights) = await OpenAsync();
        await seed.DeclinedAsync(Now.AddHours(-5), "What fine did Norvatel pay in Brazil?");
        await seed.DeclinedAsync(Now.AddHours(-4), "How big was the Norvatel fine in Brazil?");
        await seed.DeclinedAsync(Now.AddHours(-3), "Norvatel Brazil fine amount?");
        await seed.DeclinedAsync(Now.AddHours(-2), "Did Norvatel lay off engineers?");
        await seed.DeclinedAsync(Now.AddHours(-1), "What fine did Quillmark pay?");
        await seed.AnsweredAsync(Now.AddHours(-1), "What is Norvatel accused of?", "Norvatel accused");

        var report = await insights.ReportAsync(7, null, Token);

        report.Questions.ShouldBe(6);
        report.Answered.ShouldBe(1);
        report.NotCovered.ShouldBe(5);
        report.TopicCount.ShouldBe(3);
        var fine = report.Topics[0];
        fine.Questions.ShouldBe(3);
        fine.Vendors.ShouldBe(["Norvatel"]);
        fine.Words.ShouldBe(["Brazil", "fine"]);
        fine.LastAsked.ShouldBe(Now.AddHours(-3));
        fine.Examples.ShouldBe(["Norvatel Brazil fine amount?", "How big was the Norvatel fine in Brazil?", "What fine did Norvatel pay in Brazil?"]);
        report.Topics.Skip(1).Select(topic => (topic.Vendors.Single(), topic.Questions)).ShouldBe([("Quillmark", 1), ("Norvatel", 1)]);
    }

    [Fact]
    public async Task AWordMostQuestionsShareDoesNotTieDifferentTopicsTogether()
    {
        var (seed, insights) = await OpenAsync();
        await seed.DeclinedAsync(Now.AddHours(-3), "What does the report find about the Norvatel fine?");
        await seed.DeclinedAsync(Now.AddHours(-2), "What does the report find about the Norvatel layoffs?");
        foreach (var hour in Enumerable.Range(4, 5))
        {
            await seed.AnsweredAsync(Now.AddHours(-hour), $"What does the report find about Norvatel in {2010 + hour}?", "Norvatel history");
        }

        var report = await insights.ReportAsync(7, null, Token);

        report.Topics.Select(topic => topic.Questions).ShouldBe([1, 1]);
    }

    [Fact]
    public async Task RefusalsToTakeASideAreCountedApartAndFormNoTopic()
    {
        var (seed, insights) = await OpenAsync();
        await seed.RefusedAsync(Now.AddHours(-2), "Is Norvatel guilty?");
        await seed.DeclinedAsync(Now.AddHours(-1), "Did Norvatel settle the lawsuit?");

        var report = await insights.ReportAsync(1, null, Token);

        report.Refused.ShouldBe(1);
        report.NotCovered.ShouldBe(1);
        report.Topics.ShouldHaveSingleItem().Examples.ShouldBe(["Did Norvatel settle the lawsuit?"]);
        report.Daily.ShouldHaveSingleItem().ShouldBe(new DailyAnswers(new DateOnly(2026, 12, 2), 0, 1, 1));
    }

    [Fact]
    public async Task TheAnswerRateIsGivenForEveryUtcDayOfTheWindowAndOlderQuestionsAreLeftOut()
    {
        var (seed, insights) = await OpenAsync();
        await seed.AnsweredAsync(new DateTimeOffset(2026, 11, 29, 23, 59, 0, TimeSpan.Zero), "Too old: what did Norvatel deny?", "Norvatel denial");
        await seed.AnsweredAsync(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero), "What did Norvatel deny?", "Norvatel denial");
        await seed.AnsweredAsync(Now.AddHours(-2), "Who accused Norvatel?", "Norvatel accused");
        await seed.DeclinedAsync(Now.AddHours(-1), "What did Norvatel earn?");

        var report = await insights.ReportAsync(3, null, Token);

        report.From.ShouldBe(new DateOnly(2026, 11, 30));
        report.To.ShouldBe(new DateOnly(2026, 12, 2));
        report.Questions.ShouldBe(3);
        report.Daily.Select(day => (day.Day.Day, day.Answered, day.NotCovered, day.AnswerRate)).ShouldBe([(30, 1, 0, 1.0), (1, 0, 0, null), (2, 1, 1, 0.5)]);
    }

    [Fact]
    public async Task AnswersVotedNotHelpfulComeWithTheirQuestionAndSourcesMostSuchVotesFirst()
    {
        var (seed, insights) = await OpenAsync();
        var once = await seed.AnsweredAsync(Now.AddHours(-3), "Who sued Norvatel?", "Norvatel lawsuit");
        var twice = await seed.AnsweredAsync(Now.AddHours(-2), "What did Quillmark recall?", "Quillmark recall", "Recall follow-up");
        var liked = await seed.AnsweredAsync(Now.AddHours(-1), "When did Norvatel respond?", "Norvatel response");
        await seed.Log.RecordFeedbackAsync(once, "ana", helpful: false, Token);
        await seed.Log.RecordFeedbackAsync(twice, "ana", helpful: false, Token);
        await seed.Log.RecordFeedbackAsync(twice, "bo", helpful: false, Token);
        await seed.Log.RecordFeedbackAsync(twice, "cy", helpful: true, Token);
        await seed.Log.RecordFeedbackAsync(liked, "ana", helpful: true, Token);

        var report = await insights.ReportAsync(7, null, Token);

        report.NotHelpful.Select(answer => (answer.AnswerId, answer.NotHelpfulVotes, answer.HelpfulVotes)).ShouldBe([(twice, 2, 1), (once, 1, 0)]);
        report.NotHelpful[0].Question.ShouldBe("What did Quillmark recall?");
        report.NotHelpful[0].Sources.Select(source => source.Title).ShouldBe(["Quillmark recall", "Recall follow-up"]);
    }

    [Fact]
    public async Task TheMostAskedVendorsCountTheirAnsweredAndDeclinedQuestions()
    {
        var (seed, insights) = await OpenAsync();
        await seed.AnsweredAsync(Now.AddHours(-4), "Who accused Norvatel?", "Norvatel accused");
        await seed.DeclinedAsync(Now.AddHours(-3), "What did NORVATEL earn?");
        await seed.DeclinedAsync(Now.AddHours(-2), "Compare Norvatel and Quillmark salaries");
        await seed.DeclinedAsync(Now.AddHours(-1), "What is the weather like?");

        var report = await insights.ReportAsync(7, null, Token);

        report.Vendors.ShouldBe([new VendorDemand("Norvatel", 3, 1, 2), new VendorDemand("Quillmark", 1, 0, 1)]);
    }

    [Fact]
    public async Task OnlyTheQuestionsOfTheServerAskedForAreRead()
    {
        var (seed, insights) = await OpenAsync();
        await seed.DeclinedAsync(Now.AddHours(-2), "What did Norvatel earn?", guild: "111");
        await seed.DeclinedAsync(Now.AddHours(-1), "What did Quillmark earn?", guild: "222");

        var report = await insights.ReportAsync(7, "111", Token);

        report.Topics.ShouldHaveSingleItem().Vendors.ShouldBe(["Norvatel"]);
    }

    [Fact]
    public async Task WithTheAnswersLogOffTheReportSaysSo()
    {
        var (_, insights) = await OpenAsync(logAnswers: false);

        var report = await insights.ReportAsync(7, null, Token);

        report.LogEnabled.ShouldBeFalse();
        report.Questions.ShouldBe(0);
    }

    private async Task<(AnswerLogSeed Seed, InsightsService Insights)> OpenAsync(bool logAnswers = true)
    {
        var database = await _stores.OpenAsync(StateProvider.Sqlite);
        var seed = new AnswerLogSeed(database);
        var index = new KnowledgeDatabase(Options.Create(new KnowledgeOptions { DatabasePath = Path.Combine(_stores.Folder, "no-index.db") }));
        _indexes.Add(index);
        var documents = new DocumentsOptions();
        documents.Vendors.Add("Norvatel");
        documents.Vendors.Add("Quillmark");
        var insights = new InsightsService(
            seed.Log, index, new KnowledgeCatalog(index), Options.Create(documents), Options.Create(new AnswerOptions { LogAnswers = logAnswers }), new FakeTimeProvider(Now));
        return (seed, insights);
    }
}
