using VendorBot.Knowledge.Search;
using VendorBot.Knowledge.Text;

namespace VendorBot.Tests.Knowledge.Text;

public sealed class TextAnalyzerTests
{
    [Theory]
    [InlineData("What is Hikvision accused of?", "Hikvision")]
    [InlineData("Why did the UK suspend its 5G plans?", "UK,5G")]
    [InlineData("Hikvision accused of what?", "")]
    [InlineData("Is it true? Norvatel denied it.", "")]
    [InlineData("what about huawei", "")]
    public void NamesAreCapitalisedInsideASentenceOrAllCapitals(string text, string names) =>
        string.Join(',', TextAnalyzer.Words(text).Where(t => t.IsName).Select(t => t.Surface)).ShouldBe(names);

    [Fact]
    public void ApostrophesEndAWordAndContentStemsSkipStopwords() =>
        TextAnalyzer.ContentStems("Where is Pakistan’s network located?").ShouldBe(["pakistan", "network", "locat"], ignoreOrder: true);

    [Fact]
    public void AccentedWordsFoldToTheIndexsTermsSoTheGateAndTheIndexAgree()
    {
        var word = TextAnalyzer.Words("Zürich").ShouldHaveSingleItem();

        word.Term.ShouldBe("zurich");
        word.Stem.ShouldBe(IndexTerms.Of("Zürich").Single());
    }

    [Fact]
    public void TheUsInCapitalsIsACountryNotAStopword()
    {
        TextAnalyzer.Words("Will the US ban it?").Where(w => !w.IsStopword).Select(w => w.Surface).ShouldBe(["US", "ban"]);
    }

    [Fact]
    public void WordsKnowWhereTheyStart()
    {
        TextAnalyzer.Words("Señor Norvatel").Select(w => w.Start).ShouldBe([0, 6]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?!…")]
    [InlineData("AND OR NOT NEAR \"*\"")]
    [InlineData("@everyone")]
    [InlineData("华为 الصين Россия")]
    public void AnyTextTokenizesWithoutThrowing(string text) =>
        Should.NotThrow(() => TextAnalyzer.Words(text));
}
