using VendorBot.Answering.Evaluation;

namespace VendorBot.Tests.Answering.Evaluation;

public sealed class AttributionJudgeTests
{
    private const string Accusation = "The Ministry of Digital Affairs accused Norvatel of routing subscriber data abroad.";
    private const string Denial = "Norvatel denied that it had routed any subscriber data out of Valdoria.";

    [Fact]
    public void EveryExpectedPairQuotedWithItsStanceIsFound()
    {
        var score = AttributionJudge.Score(
            [new("Ministry of Digital Affairs", "alleges"), new("Norvatel", "denies")], ScriptedAnswerService.Answer(Accusation, Denial));

        score.ShouldNotBeNull();
        score.Found.ShouldBe(2);
        score.Expected.ShouldBe(2);
        score.Missing.ShouldBeEmpty();
    }

    [Fact]
    public void AnAccusationQuotedWithoutTheDenialMissesTheDenial()
    {
        var score = AttributionJudge.Score(
            [new("Ministry of Digital Affairs", "alleges"), new("Norvatel", "denies")], ScriptedAnswerService.Answer(Accusation));

        score.ShouldNotBeNull();
        score.Found.ShouldBe(1);
        score.Missing.ShouldBe(["Norvatel/denies"]);
    }

    [Fact]
    public void TheRightActorWithTheWrongStanceIsNotFound()
    {
        var score = AttributionJudge.Score([new("Norvatel", "confirms")], ScriptedAnswerService.Answer(Denial));

        score.ShouldNotBeNull();
        score.Found.ShouldBe(0);
    }

    [Fact]
    public void AStandInForTheVendorDoesNotNameItForTheReader()
    {
        var score = AttributionJudge.Score([new("Norvatel", "denies")], ScriptedAnswerService.Answer("The company rejected the ministry's timeline."));

        score.ShouldNotBeNull();
        score.Found.ShouldBe(0);
    }

    [Fact]
    public void TheActorAndTheStanceWordMustShareOneAnswerLine()
    {
        var answer = ScriptedAnswerService.Answer("Norvatel shipped the routers in 2019.") with
        {
            Text = "- Norvatel shipped the routers in 2019. [1]\n- The claim was denied. [2]",
        };

        AttributionJudge.Score([new("Norvatel", "denies")], answer).ShouldNotBeNull().Found.ShouldBe(0);
    }

    [Fact]
    public void ANegationNextToTheActorReadsAsADenial()
    {
        var score = AttributionJudge.Score([new("Norvatel", "denies")], ScriptedAnswerService.Answer("Norvatel said it could not identify any such transfer."));

        score.ShouldNotBeNull().Found.ShouldBe(1);
    }

    [Fact]
    public void AQuestionWithoutExpectedAttributionsHasNoScore()
    {
        AttributionJudge.Score(null, ScriptedAnswerService.Answer(Denial)).ShouldBeNull();
        AttributionJudge.Score([], ScriptedAnswerService.Answer(Denial)).ShouldBeNull();
    }
}
