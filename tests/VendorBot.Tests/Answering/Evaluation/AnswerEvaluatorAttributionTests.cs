using VendorBot.Answering.Evaluation;

namespace VendorBot.Tests.Answering.Evaluation;

public sealed class AnswerEvaluatorAttributionTests
{
    private const string Line = """
        {"id":"n1","question":"What did the ministry accuse Norvatel of?","expect":"answer","must_attribute":[{"actor":"Ministry of Digital Affairs","stance":"alleges"},{"actor":"Norvatel","stance":"denies"}]}
        """;

    private static readonly VendorLeakJudge NoVendors = VendorLeakJudge.Of([]);

    [Fact]
    public async Task ALineWhoseAnswerAttributesEveryPairPassesWithItsScore()
    {
        var outcome = await RunAsync(new ScriptedAnswerService(
            "The Ministry of Digital Affairs accused Norvatel of routing subscriber data abroad.", "Norvatel denied the accusation."));

        outcome.Passed.ShouldBeTrue(outcome.Reason);
        outcome.Attribution.ShouldNotBeNull().Found.ShouldBe(2);
    }

    [Fact]
    public async Task ALineWhoseAnswerLeavesOutTheDenialFailsAndNamesTheMissingPair()
    {
        var outcome = await RunAsync(new ScriptedAnswerService("The Ministry of Digital Affairs accused Norvatel of routing subscriber data abroad."));

        outcome.Passed.ShouldBeFalse();
        outcome.Reason.ShouldBe("not attributed: Norvatel/denies");
        outcome.Attribution.ShouldNotBeNull().Found.ShouldBe(1);
    }

    [Fact]
    public async Task ALineWithoutMustAttributeHasNoAttributionScore()
    {
        var evaluator = new AnswerEvaluator(new ScriptedAnswerService("Norvatel denied the accusation."), NoVendors);
        var outcome = await evaluator.RunAsync(Lines("""{"id":"n2","question":"Did Norvatel deny it?","expect":"answer"}"""), TestContext.Current.CancellationToken)
            .SingleAsync(TestContext.Current.CancellationToken);

        outcome.Passed.ShouldBeTrue(outcome.Reason);
        outcome.Attribution.ShouldBeNull();
    }

    [Fact]
    public async Task AnAnswerQuotingAVendorTheQuestionDoesNotNameKeepsItsVerdictAndListsTheVendor()
    {
        var evaluator = new AnswerEvaluator(new ScriptedAnswerService("Quellink denied the accusation."), VendorLeakJudge.Of([["Norvatel"], ["Quellink"]]));
        var outcome = await evaluator.RunAsync(Lines("""{"id":"n3","question":"What did Norvatel deny?","expect":"answer"}"""), TestContext.Current.CancellationToken)
            .SingleAsync(TestContext.Current.CancellationToken);

        outcome.Passed.ShouldBeTrue(outcome.Reason);
        outcome.Leaks.ShouldBe(["Quellink"]);
    }

    private static async Task<EvalOutcome> RunAsync(ScriptedAnswerService answers) =>
        await new AnswerEvaluator(answers, NoVendors).RunAsync(Lines(Line), TestContext.Current.CancellationToken).SingleAsync(TestContext.Current.CancellationToken);

    private static IAsyncEnumerable<string> Lines(params string[] lines) => lines.ToAsyncEnumerable();
}
