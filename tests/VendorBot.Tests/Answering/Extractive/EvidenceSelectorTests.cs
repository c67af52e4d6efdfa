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
    public async Task AskedHowManyTheSentenceThatCountsTheThingAskedIsQuotedNotOneWithAnotherNumber()
    {
        var breach = Hit(
            "norvatel-breach.md", "Norvatel", new DateOnly(2022, 9, 1),
            "Intruders who got into the Norvatel billing system copied customer records from it for weeks, the regulator said. " +
            "Norvatel spent 3 million euros afterwards on a new billing system for its customer records. " +
            "The regulator later put the haul at 48,000 records.");
        var inquiry = Hit(
            "norvatel-breach-inquiry.md", "Norvatel", new DateOnly(2022, 9, 5),
            "The intruders copied customer records from the Norvatel billing system, according to the inquiry into the breach.");

        var answer = await ComposeAsync(
            new CorpusStatistics([breach.Passage.Text, inquiry.Passage.Text, Distractor.Passage.Text, Accusation.Passage.Text, Denial.Passage.Text], "Norvatel", "Quellink"),
            "how many customer records did the intruders copy from norvatel",
            breach,
            inquiry);

        answer.Text.ShouldContain("48,000 records");
    }

    [Fact]
    public async Task AskedWhichOfAKindTheSentenceThatListsThemIsQuoted()
    {
        var report = Hit(
            "norvatel-probe.md", "Norvatel", new DateOnly(2023, 2, 1),
            "Government agencies are probing Norvatel over the router backdoor, officials familiar with the probe said. " +
            "The agencies probing Norvatel have not said when the probe will end. " +
            "The Finance, Transport and Health ministries have each opened a file on Norvatel.");

        var answer = await ComposeAsync(
            new CorpusStatistics([report.Passage.Text, Distractor.Passage.Text, Accusation.Passage.Text, Denial.Passage.Text], "Norvatel", "Quellink"),
            "which agencies are probing norvatel",
            report);

        answer.Text.ShouldContain("The Finance, Transport and Health ministries");
    }

    [Fact]
    public async Task AskedWhyAQuotedRefusalComesWithTheNextSentenceWhenThatGivesTheGround()
    {
        var refusal = Hit(
            "norvatel-refusal.md", "Norvatel", new DateOnly(2023, 6, 1),
            "Norvatel will not hand its router source code to the ministry, its chairwoman Ilse Varga said. " +
            "In her view, handing it over would expose every customer to copies of it leaking. " +
            "Norvatel sells its routers in forty countries.");

        var answer = await ComposeAsync(
            new CorpusStatistics([refusal.Passage.Text, Distractor.Passage.Text, Accusation.Passage.Text, Denial.Passage.Text], "Norvatel", "Quellink"),
            "why won't norvatel hand its router source code to the ministry",
            refusal);

        answer.Text.ShouldContain("In her view, handing it over would expose every customer");
    }

    [Fact]
    public async Task AQuotedSentenceWhoseSubjectIsHeComesAfterTheSentenceThatNamesHim()
    {
        var plea = Hit(
            "norvatel-insider.md", "Norvatel", new DateOnly(2024, 3, 1),
            "Norvatel was hit by an attack from inside its own ranks. When Norvatel refused to pay, Tomas Brandt went to the press. " +
            "According to prosecutors, he planted the router backdoor himself and then sold the story of the backdoor to reporters.");

        var answer = await ComposeAsync(
            new CorpusStatistics([plea.Passage.Text, Distractor.Passage.Text, Accusation.Passage.Text, Denial.Passage.Text], "Norvatel", "Quellink"),
            "who was really behind the norvatel router backdoor",
            plea);

        answer.Text.ShouldContain("Tomas Brandt went to the press");
        answer.Text.IndexOf("Tomas Brandt", StringComparison.Ordinal).ShouldBeLessThan(answer.Text.IndexOf("he planted", StringComparison.Ordinal));
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

    [Fact]
    public async Task EachSideOfAComparisonIsQuotedWithItsOwnEvidence()
    {
        var veloria = Titled(
            Hit("norvatel-veloria.md", "Norvatel", new DateOnly(2022, 3, 1),
                "Veloria's regulator found that Norvatel routers sent user data abroad without consent. Veloria said the routers could return once it had verified how they handle user data."),
            "Veloria says Norvatel routers sent user data abroad");
        var veloriaLater = Titled(
            Hit("norvatel-veloria-later.md", "Norvatel", new DateOnly(2022, 6, 1), "Veloria fined Norvatel over the user data it sent abroad."),
            "Veloria fines Norvatel");
        var ostland = Titled(
            Hit("norvatel-ostland.md", "Norvatel", new DateOnly(2022, 1, 5), "The regulator ordered Norvatel to stop processing the data of its users at once."),
            "Ostland orders Norvatel to stop processing data");

        var answer = await ComposeAsync(
            new CorpusStatistics([veloria.Passage.Text, veloriaLater.Passage.Text, ostland.Passage.Text, Distractor.Passage.Text, Accusation.Passage.Text, Denial.Passage.Text], "Norvatel", "Quellink"),
            "ostland vs veloria on norvatel - how did each handle user data",
            veloria,
            veloriaLater,
            ostland);

        answer.Text.ShouldContain("ordered Norvatel to stop processing");
        answer.Text.ShouldContain("Veloria");
    }

    [Fact]
    public async Task AskedForOthersBesidesOneTheAnswerLeadsWithTheOthers()
    {
        var first = Titled(
            Hit("norvatel-veloria-suit.md", "Norvatel", new DateOnly(2021, 5, 1),
                "Veloria sued Norvatel over its routers in May. The lawsuit asks for damages for every router sold."),
            "Veloria sues Norvatel");
        var second = Titled(
            Hit("norvatel-ostland-suit.md", "Norvatel", new DateOnly(2023, 2, 1), "Ostland filed a lawsuit of its own against Norvatel in February."),
            "Ostland sues Norvatel too");

        var answer = await ComposeAsync(
            new CorpusStatistics([first.Passage.Text, second.Passage.Text, Distractor.Passage.Text, Accusation.Passage.Text, Denial.Passage.Text], "Norvatel", "Quellink"),
            "norvatel lawsuits - any other countries besides veloria?",
            first,
            second);

        answer.Text.Split('\n')[1].ShouldContain("Ostland filed a lawsuit");
    }

    private static SearchHit Titled(SearchHit hit, string title) => hit with { Document = hit.Document with { Title = title } };

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
