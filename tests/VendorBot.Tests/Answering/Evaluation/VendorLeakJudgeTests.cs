using VendorBot.Answering.Evaluation;

namespace VendorBot.Tests.Answering.Evaluation;

public sealed class VendorLeakJudgeTests
{
    // Norvatel's story involves Brightwave (never in a document of its own); Quellink has documents of its own.
    private static readonly VendorLeakJudge Judge = VendorLeakJudge.Of(
    [
        ["Norvatel"],
        ["Norvatel", "Brightwave"],
        ["Quellink"],
        ["Orbis Data Works"],
    ]);

    [Fact]
    public void AQuoteAboutAnotherVendorWithADocumentOfItsOwnIsALeak()
    {
        var answer = ScriptedAnswerService.Answer("Norvatel was accused of routing data abroad.", "Quellink denied any wrongdoing.") with
        {
            Text = "- “Norvatel was accused of routing data abroad.” [1]\n- “Quellink denied any wrongdoing.” [2]",
        };

        Judge.Leaks("What did Norvatel deny?", answer).ShouldBe(["Quellink"]);
    }

    [Fact]
    public void AQuoteThatAlsoNamesAVendorAskedAboutIsNotALeak()
    {
        var answer = ScriptedAnswerService.Answer("Quellink and Norvatel both denied the claims.");

        Judge.Leaks("did norvatel deny it", answer).ShouldBeEmpty();
    }

    [Fact]
    public void AVendorThatOnlyAppearsInTheStoryOfTheVendorAskedAboutIsNotALeak()
    {
        var answer = ScriptedAnswerService.Answer("Brightwave supplied the software that intercepted traffic.");

        Judge.Leaks("what did norvatel put on its routers?", answer).ShouldBeEmpty();
    }

    [Fact]
    public void AVendorNamedWithATypoOrItsInitialsCountsAsAsked()
    {
        var answer = ScriptedAnswerService.Answer("Quellink denied any wrongdoing.", "Orbis Data Works settled.");

        Judge.Leaks("did quelink and ODW deny it", answer).ShouldBeEmpty();
    }

    [Fact]
    public void AVendorNamedByItsDistinctiveFirstWordInAnAnswerIsALeak()
    {
        var answer = ScriptedAnswerService.Answer("Orbis said it had found no flaw.");

        Judge.Leaks("Did Norvatel admit the flaw?", answer).ShouldBe(["Orbis Data Works"]);
    }

    [Fact]
    public void AQuoteReadInAnAnswerLineThatNamesTheVendorAskedAboutIsNotALeak()
    {
        var answer = ScriptedAnswerService.Answer("The company said it stores the logs on a Quellink server.") with
        {
            Text = "- Reported, citing Norvatel: “The company said it stores the logs on a Quellink server.” [1]",
        };

        Judge.Leaks("where does norvatel keep its logs", answer).ShouldBeEmpty();
    }

    [Fact]
    public void AQuestionThatNamesNoVendorAndADeclinedAnswerAreNotJudged()
    {
        Judge.Leaks("who was accused of spying?", ScriptedAnswerService.Answer("Quellink denied any wrongdoing.")).ShouldBeEmpty();
        Judge.Leaks("What did Norvatel deny?", ScriptedAnswerService.Answer()).ShouldBeEmpty();
    }
}
