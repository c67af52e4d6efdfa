using VendorBot.Answering.Model;
using VendorBot.Knowledge;

namespace VendorBot.Tests.Answering.Model;

public sealed class SupportCheckerTests
{
    private static readonly SearchHit[] Evidence =
    [
        Some.Hit("The Lumen Data Protection Authority accused Brightwave Cloud of letting staff abroad read 1,200 customer files.", ordinal: 0),
        Some.Hit("Brightwave denied the accusation and said it would cooperate with the authority.", ordinal: 1),
    ];

    [Fact]
    public void ASentenceWithoutACitationIsRemoved()
    {
        var check = SupportChecker.Check("The authority accused Brightwave Cloud of letting staff read customer files [1]. Brightwave is a cloud company.", Evidence);

        check.Text.ShouldBe("The authority accused Brightwave Cloud of letting staff read customer files [1].");
        check.Removed.ShouldHaveSingleItem().Reason.ShouldBe("cites no passage");
    }

    [Fact]
    public void AMarkerAfterTheFullStopCitesTheSentenceBeforeIt()
    {
        var check = SupportChecker.Check("Brightwave denied the accusation. [2] It said it would cooperate with the authority.[2]", Evidence);

        check.Text.ShouldBe("Brightwave denied the accusation [2]. It said it would cooperate with the authority [2].");
        check.Removed.ShouldBeEmpty();
    }

    [Fact]
    public void ASentenceCitingTwoPassagesIsCheckedAgainstBoth()
    {
        const string answer = "The authority accused Brightwave Cloud of letting staff abroad read files, which Brightwave denied [1, 2].";

        var check = SupportChecker.Check(answer, Evidence);

        check.Text.ShouldBe(answer);
        check.CitedNumbers.ShouldBe([1, 2]);
        check.Removed.ShouldBeEmpty();
    }

    [Fact]
    public void ALeadInAndBulletsStayWhenTheirSentencesAreSupported()
    {
        const string answer = "Here is what the sources say:\n- The authority accused Brightwave Cloud of letting staff read 1,200 customer files [1].\n- Brightwave said it had paid 5 million euros [2].";

        var check = SupportChecker.Check(answer, Evidence);

        check.Text.ShouldBe("Here is what the sources say:\n- The authority accused Brightwave Cloud of letting staff read 1,200 customer files [1].");
        check.Removed.ShouldHaveSingleItem().Reason.ShouldContain("number 5");
    }

    [Fact]
    public void ALeadInWithNothingSupportedAfterItLeavesAnEmptyAnswer()
    {
        var check = SupportChecker.Check("The sources say:\nQuellink admitted everything [2].", Evidence);

        check.Text.ShouldBeEmpty();
        check.CitedNumbers.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Brightwave said it would “fully cooperate” with the authority [2].", "quotation")]
    [InlineData("Staff abroad read 1,200 customer files of Brightwave Cloud [1].", "allegation")]
    [InlineData("Brightwave admitted the accusation [2].", "confirmed")]
    [InlineData("The Lumen authority fined Brightwave Cloud 1,300 euros [1].", "number 1,300")]
    [InlineData("Quellink denied the accusation [2].", "Quellink")]
    public void AnUnsupportedSentenceIsRemovedWithTheReason(string sentence, string reason)
    {
        var check = SupportChecker.Check(sentence, Evidence);

        check.Text.ShouldBeEmpty();
        check.Removed.ShouldHaveSingleItem().Reason.ShouldContain(reason);
    }
}
