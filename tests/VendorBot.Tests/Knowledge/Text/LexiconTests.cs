using VendorBot.Knowledge.Text;

namespace VendorBot.Tests.Knowledge.Text;

public sealed class LexiconTests
{
    private const string Text = """
        # a comment
        [casual]
        honestly stuff

        [paraphrases]
        ban ~ prohibit ~ blacklist
        deny ~ push back ~ rebut
        """;

    [Fact]
    public void ParaphrasesAreFoundByStemAndNeverIncludeTheWordItself()
    {
        var lexicon = Lexicon.Parse(Text);

        lexicon.Paraphrases(TextAnalyzer.Stem("banned")).Select(p => string.Join(' ', p)).ShouldBe(["prohibit", "blacklist"]);
    }

    [Fact]
    public void APhraseIsAParaphraseOfContentWordsAndIsFoundByItsFirstWord()
    {
        var lexicon = Lexicon.Parse(Text);

        lexicon.Paraphrases(TextAnalyzer.Stem("deny")).ShouldContain(p => p.SequenceEqual(new[] { "push", "back" }));
        lexicon.Paraphrases("push").ShouldContain(p => p.SequenceEqual(new[] { "deni" }));
    }

    [Fact]
    public void CasualWordsAreKnownByStem()
    {
        var lexicon = Lexicon.Parse(Text);

        lexicon.IsCasual(TextAnalyzer.Stem("honestly")).ShouldBeTrue();
        lexicon.IsCasual(TextAnalyzer.Stem("backdoor")).ShouldBeFalse();
    }

    [Fact]
    public void ALineOutsideASectionIsAnError()
    {
        Should.Throw<FormatException>(() => Lexicon.Parse("ban ~ prohibit")).Message.ShouldContain("ban ~ prohibit");
    }

    [Fact]
    public void TheShippedLexiconLoads()
    {
        Lexicon.Default.Paraphrases("spy").ShouldNotBeEmpty();
        Lexicon.Default.IsCasual(TextAnalyzer.Stem("stuff")).ShouldBeTrue();
    }
}
