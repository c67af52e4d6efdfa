using Microsoft.Extensions.Time.Testing;
using VendorBot.Answering.Extractive;
using VendorBot.Answering.Relevance;
using VendorBot.Answering.Understanding;
using VendorBot.Knowledge;

namespace VendorBot.Tests.Answering.Extractive;

public sealed class EvidenceSelectorTests
{
    private static readonly SearchHit Accusation = Hit(
        "norvatel-ministry.md", "Norvatel", new DateOnly(2021, 3, 4),
        "The Ministry of Digital Affairs accused Norvatel of hiding a backdoor in its routers. The routers were installed in 2019.");

    private static readonly SearchHit Denial = Hit(
        "norvatel-denial.md", "Norvatel", new DateOnly(2021, 3, 6),
        "The company denied hiding any backdoor and said the interface was for maintenance.");

    private static readonly SearchHit OtherVendor = Hit(
        "quellink.md", "Quellink", new DateOnly(2021, 4, 1),
        "The company denied that its routers had any backdoor. Quellink denied every allegation about routers.");

    private static readonly SearchHit Outcome = Hit(
        "norvatel-followup.md", "Norvatel", new DateOnly(2023, 5, 10),
        "The ministry lifted the suspension of Norvatel routers in 2023 after the backdoor interface was closed.");

    private static readonly SearchHit Distractor = Hit(
        "norvatel-results.md", "Norvatel", new DateOnly(2025, 1, 1),
        "Norvatel reported record quarterly revenue from new routers.");

    private static readonly CorpusStatistics Statistics = new(
        [Accusation.Passage.Text, Denial.Passage.Text, OtherVendor.Passage.Text, Outcome.Passage.Text, Distractor.Passage.Text],
        "Norvatel", "Quellink");

    [Fact]
    public async Task AStatementAboutAnotherVendorNeverAppearsInAnAnswerAboutTheVendorAsked()
    {
        var answer = await ComposeAsync("What did Norvatel deny about the backdoor?", OtherVendor, Accusation, Denial);

        answer.Citations.ShouldNotContain(c => c.DocumentId == "quellink.md");
        answer.Text.ShouldNotContain("Quellink");
        answer.Text.ShouldContain("The company denied hiding any backdoor");
    }

    [Fact]
    public async Task AStandInForTheVendorAskedIsNamedForTheReader()
    {
        var answer = await ComposeAsync("did norvatel deny the backdoor?", Accusation, Denial);

        answer.Text.ShouldContain("reports, citing Norvatel: “The company denied");
    }

    [Fact]
    public async Task AnAllegationComesWithTheResponseOfTheAccused()
    {
        var answer = await ComposeAsync("What was Norvatel accused of hiding in its routers?", Accusation, Denial);

        answer.Text.ShouldContain("accused Norvatel");
        answer.Text.ShouldContain("denied hiding any backdoor");
    }

    [Fact]
    public async Task AboutThePresentTheNewestRelevantSourceLeadsNotTheNewestSource()
    {
        var answer = await ComposeAsync("is norvatel still suspended over the backdoor?", Distractor, Accusation, Denial, Outcome);

        var lines = answer.Text.Split('\n');
        lines[1].ShouldContain("lifted the suspension");
        answer.Text.ShouldNotContain("quarterly revenue");
        answer.Text.ShouldContain("The newest source is from 2023-05-10");
    }

    [Fact]
    public async Task TheSameFactFromTwoSourcesIsQuotedOnce()
    {
        var copy = Hit("norvatel-copy.md", "Norvatel", new DateOnly(2021, 3, 5), Accusation.Passage.Text);

        var answer = await ComposeAsync("What was Norvatel accused of hiding in its routers?", Accusation, copy);

        answer.Text.Split('\n').Count(l => l.Contains("accused Norvatel", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task AskedWhetherTheVendorDidItTheVendorsDenialIsQuotedEvenWhenItsOtherStatementsShareMoreWords()
    {
        var plans = Hit(
            "norvatel-plans.md", "Norvatel", new DateOnly(2022, 2, 1),
            "Norvatel says it will seal its routers and base stations in transit so that no agency can fit them with a backdoor before delivery.");
        var denial = Hit("norvatel-statement.md", "Norvatel", new DateOnly(2021, 3, 6), "Norvatel has rejected the reports.");

        var answer = await ComposeAsync(
            new CorpusStatistics([plans.Passage.Text, denial.Passage.Text, Distractor.Passage.Text], "Norvatel", "Quellink"),
            "did norvatel help the agency fit a backdoor in its routers and base stations",
            plans,
            denial);

        answer.Text.ShouldContain("Norvatel has rejected the reports.");
    }

    [Fact]
    public async Task AboutThePresentTheNewestSourceLeadsWithItsOutcomeNotWithTheStoryItRetells()
    {
        var followUp = Hit(
            "norvatel-later.md", "Norvatel", new DateOnly(2024, 6, 1),
            "Norvatel was accused in 2021 of hiding a backdoor in its routers and base stations, the paper recalled. The ministry dropped its case against Norvatel in May.");

        var answer = await ComposeAsync(
            new CorpusStatistics([followUp.Passage.Text, Accusation.Passage.Text, Distractor.Passage.Text], "Norvatel", "Quellink"),
            "is norvatel still in trouble over the backdoor in its routers and base stations?",
            followUp,
            Accusation);

        answer.Text.Split('\n')[1].ShouldContain("The ministry dropped its case against Norvatel");
    }

    [Fact]
    public async Task AskedWhyTheReasonIsQuotedInPlaceOfASecondRestatementFromTheSameSource()
    {
        var report = Hit(
            "norvatel-routing.md", "Norvatel", new DateOnly(2022, 4, 1),
            "Norvatel calls were routed through foreign servers for weeks, the paper found. " +
            "Some Norvatel calls from abroad were routed through foreign servers too. " +
            "The problem arose while Norvatel was adding capacity in a hurry.");

        var answer = await ComposeAsync(
            new CorpusStatistics([report.Passage.Text, Distractor.Passage.Text, Accusation.Passage.Text], "Norvatel", "Quellink"),
            "why were norvatel calls routed through foreign servers",
            report);

        answer.Text.ShouldContain("The problem arose while Norvatel was adding capacity");
        answer.Text.Split('\n').Count(l => l.Contains("routed through foreign servers", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task EachDocumentWithAStrongSentenceIsQuotedBeforeAnyDocumentIsQuotedTwice()
    {
        var study = Hit(
            "norvatel-study.md", "Norvatel", new DateOnly(2021, 3, 1),
            "Norvatel routers uploaded location data every hour, researchers found. The routers stored location data for a year.");
        var statement = Hit("norvatel-statement.md", "Norvatel", new DateOnly(2021, 3, 8), "Norvatel said the routers anonymised location data.");
        var inquiry = Hit("norvatel-inquiry.md", "Norvatel", new DateOnly(2021, 4, 2), "The regulator opened an inquiry into the location data.");

        var answer = await ComposeAsync(
            new CorpusStatistics([study.Passage.Text, statement.Passage.Text, inquiry.Passage.Text, Distractor.Passage.Text, Accusation.Passage.Text, Denial.Passage.Text], "Norvatel", "Quellink"),
            "what did norvatel routers do with location data?",
            study,
            statement,
            inquiry);

        answer.Text.ShouldContain("opened an inquiry");
        answer.Citations.Select(c => c.DocumentId).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public async Task AboutThePresentTheNewestSourceLeadsWithItsLedeNotWithTheSentenceThatRepeatsTheQuestionsWords()
    {
        var study = Hit(
            "norvatel-study.md", "Norvatel", new DateOnly(2021, 3, 1),
            "Norvatel routers uploaded location data every hour, researchers found.");
        var plans = Hit(
            "norvatel-plans.md", "Norvatel", new DateOnly(2024, 6, 1),
            "Norvatel says it will ship its routers through a third country from next year. The routers had sent location data abroad, researchers found.");

        var answer = await ComposeAsync(
            new CorpusStatistics([study.Passage.Text, plans.Passage.Text, Distractor.Passage.Text, Accusation.Passage.Text, Denial.Passage.Text], "Norvatel", "Quellink"),
            "what's the latest on norvatel routers and location data?",
            study,
            plans);

        answer.Text.Split('\n')[1].ShouldContain("Norvatel says it will ship its routers through a third country");
    }

    [Fact]
    public async Task AQuotedSentenceComesWithTheNextOneWhenThatRefersBackToItByOneOfItsNouns()
    {
        var report = Hit(
            "norvatel-audit.md", "Norvatel", new DateOnly(2022, 5, 1),
            "For years the common belief among analysts was that a contractor in Vadora built the backdoor in Norvatel routers. A later audit showed that belief was wrong. Norvatel sells its routers in forty countries.");

        var answer = await ComposeAsync(
            new CorpusStatistics([report.Passage.Text, Distractor.Passage.Text, Accusation.Passage.Text, Denial.Passage.Text], "Norvatel", "Quellink"),
            "was it a contractor in vadora that built the norvatel router backdoor?",
            report);

        answer.Text.ShouldContain("that belief was wrong");
    }

    [Fact]
    public async Task AQuotedSentenceComesWithTheNextOneWhenThatCorrectsIt()
    {
        var report = Hit(
            "norvatel-encryption.md", "Norvatel", new DateOnly(2022, 5, 1),
            "The Norvatel app tells owners that their routers encrypt location data end to end. What the devices actually send, testers showed, is plain text. Norvatel sells its routers in forty countries.");

        var answer = await ComposeAsync(
            new CorpusStatistics([report.Passage.Text, Distractor.Passage.Text, Accusation.Passage.Text, Denial.Passage.Text], "Norvatel", "Quellink"),
            "do norvatel routers encrypt location data end to end?",
            report);

        answer.Text.ShouldContain("is plain text");
    }

    [Fact]
    public async Task AskedWhetherAnotherPartyAdmittedItThatPartysDenialIsQuotedNotTheVendorsOwnConfirmation()
    {
        var intrusion = Hit(
            "norvatel-intrusion.md", "Norvatel", new DateOnly(2024, 2, 1),
            "Norvatel confirmed that the intrusion had copied ministry mailbox keys. Norvatel said the intrusion reached mailbox servers at two ministries. The government of Estavia denied any part in it.");

        var answer = await ComposeAsync(
            new CorpusStatistics([intrusion.Passage.Text, Distractor.Passage.Text], "Norvatel", "Quellink"),
            "did estavia admit to the norvatel mailbox intrusion",
            intrusion);

        answer.Text.ShouldContain("The government of Estavia denied any part in it.");
    }

    [Fact]
    public async Task TheResponderAsTheSubjectOfAReportedClauseServesTheResponse()
    {
        var findings = Hit(
            "quellink-findings.md", "Quellink", new DateOnly(2024, 2, 1),
            "The tribunal found that Quellink routers had sent subscriber logs abroad. The tribunal said the logs left the country for two years. Its chair told reporters that Quellink acknowledged it had overlooked the export rules.");

        var answer = await ComposeAsync(
            new CorpusStatistics([findings.Passage.Text, Distractor.Passage.Text], "Norvatel", "Quellink"),
            "did quellink admit sending the logs abroad",
            findings);

        answer.Text.ShouldContain("Quellink acknowledged it had overlooked the export rules");
    }

    [Fact]
    public async Task AMonthOnlySourceIsAttributedWithItsMonthNotAnInventedDay()
    {
        var monthly = Denial with { Document = Denial.Document with { PublishedOn = new DateOnly(2021, 3, 1), PublishedPrecision = DatePrecision.Month } };

        var answer = await ComposeAsync("What did Norvatel deny about the backdoor?", Accusation, monthly);

        answer.Text.ShouldContain("Some Paper (March 2021) reports");
        answer.Text.ShouldNotContain("2021-03-01");
    }

    private static Task<VendorBot.Answering.AnswerDraft> ComposeAsync(string question, params SearchHit[] evidence) =>
        ComposeAsync(Statistics, question, evidence);

    private static async Task<VendorBot.Answering.AnswerDraft> ComposeAsync(CorpusStatistics statistics, string question, params SearchHit[] evidence)
    {
        var analysis = await new QuestionAnalyzer(statistics).AnalyzeAsync(question, TestContext.Current.CancellationToken);
        var verdict = await new RelevanceGate(statistics).AssessAsync(analysis, evidence, TestContext.Current.CancellationToken);
        verdict.IsCovered.ShouldBeTrue(verdict.Reason);
        return ExtractiveComposer.Compose(analysis, verdict, new FakeTimeProvider(new DateTimeOffset(2025, 5, 20, 0, 0, 0, TimeSpan.Zero)).GetUtcNow());
    }

    private static SearchHit Hit(string document, string vendor, DateOnly published, string text) => new(
        new Passage($"{document}#0", document, 0, string.Empty, 0, text.Length, text),
        new DocumentInfo(document, $"About {vendor}", "Some Paper", null, published, [vendor]),
        1.0,
        text);
}
