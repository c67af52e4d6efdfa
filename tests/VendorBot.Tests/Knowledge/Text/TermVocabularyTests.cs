using VendorBot.Knowledge.Text;

namespace VendorBot.Tests.Knowledge.Text;

public sealed class TermVocabularyTests
{
    private static readonly TermVocabulary Vocabulary = new(
    [
        KeyValuePair.Create(TextAnalyzer.Stem("interception"), 9L),
        KeyValuePair.Create(TextAnalyzer.Stem("interrogation"), 2L),
        KeyValuePair.Create(TextAnalyzer.Stem("telemetry"), 5L),
        KeyValuePair.Create(TextAnalyzer.Stem("telemeter"), 2L),
        KeyValuePair.Create(TextAnalyzer.Stem("velorian"), 1L),
        KeyValuePair.Create(TextAnalyzer.Stem("router"), 7L),
        KeyValuePair.Create(TextAnalyzer.Stem("whether"), 30L),
    ]);

    [Theory]
    [InlineData("interseption", "interception")]
    [InlineData("intercpetion", "interception")]
    [InlineData("telemtry", "telemetry")]
    public void AnUnseenWordIsCorrectedToTheNearestIndexTerm(string typed, string expected)
    {
        Vocabulary.Correct(typed).ShouldBe(TextAnalyzer.Stem(expected));
    }

    [Fact]
    public void AmongTermsAsNearTheOneMorePassagesHoldWins()
    {
        new TermVocabulary([KeyValuePair.Create("sanctio", 3L), KeyValuePair.Create("sanctia", 12L)]).Correct("sanctiu").ShouldBe("sanctia");
    }

    [Theory]
    [InlineData("raider")]
    [InlineData("weather")]
    [InlineData("velorain")]
    [InlineData("intercourse")]
    public void ShortWordsFunctionWordsRareTermsAndFarWordsAreNotCorrected(string typed)
    {
        // "raider" is three edits from "router"; "weather" is never "whether"; "velorian" is in one passage only.
        Vocabulary.Correct(typed).ShouldBeNull();
    }

    [Fact]
    public void AWordOfFiveLettersIsNeverATypo()
    {
        new TermVocabulary([KeyValuePair.Create("audit", 8L)]).Correct("audti").ShouldBeNull();
        TermVocabulary.Limit(5).ShouldBe(0);
        TermVocabulary.Limit(8).ShouldBe(1);
        TermVocabulary.Limit(9).ShouldBe(2);
    }
}
