using VendorBot.Knowledge.Text;

namespace VendorBot.Tests.Knowledge.Text;

public sealed class LexiconTests
{
    private const string Text = """
        # a comment
        [casual]
        honestly stuff

        [judgement]
        legit

        [paraphrases]
        deny ~ push back ~ rebut
        censor ~ block

        [events]
        ban ~ prohibit ~ blacklist ~ block ~ blocked
        ruling ~ ruled ~ throw out
        """;

    [Fact]
    public void ParaphrasesAreFoundByStemAndNeverIncludeTheWordItself()
    {
        var lexicon = Lexicon.Parse(Text);

        lexicon.Paraphrases(TextAnalyzer.Stem("banned")).Select(p => string.Join(' ', p)).ShouldBe(["prohibit", "blacklist", "block"]);
    }

    [Fact]
    public void APhraseIsAParaphraseOfContentWordsAndIsFoundByItsFirstWord()
    {
        var lexicon = Lexicon.Parse(Text);

        lexicon.Paraphrases(TextAnalyzer.Stem("deny")).ShouldContain(p => p.SequenceEqual(new[] { "push", "back" }));
        lexicon.Paraphrases("push").ShouldContain(p => p.SequenceEqual(new[] { "deni" }));
    }

    [Fact]
    public void AnEventGroupIsAlsoAGroupOfParaphrases()
    {
        var lexicon = Lexicon.Parse(Text);

        lexicon.Paraphrases(TextAnalyzer.Stem("ruling")).ShouldContain(p => p.SequenceEqual(new[] { "throw" }));
    }

    [Fact]
    public void AnEventsWordingsAreItsMembersAsWrittenWithEveryWordOfAPhrase()
    {
        var lexicon = Lexicon.Parse(Text);

        var wordings = lexicon.EventWordings(TextAnalyzer.Stem("rulings")).ShouldNotBeNull().Select(w => string.Join(' ', w)).ToList();

        wordings.ShouldBe(["ruling", "ruled", "throw out"]);
    }

    [Fact]
    public void AnEventsWordingsLeaveOutAWordListedForAnotherSenseToo()
    {
        var lexicon = Lexicon.Parse(Text);

        lexicon.EventWordings("ban").ShouldNotBeNull().Select(w => string.Join(' ', w)).ShouldBe(["ban", "prohibit", "blacklist"]);
        lexicon.EventWordings("deni").ShouldBeNull();
    }

    [Fact]
    public void WordsOfJudgementAreKnownByStem()
    {
        var lexicon = Lexicon.Parse(Text);

        lexicon.IsJudgement(TextAnalyzer.Stem("legit")).ShouldBeTrue();
        lexicon.IsJudgement(TextAnalyzer.Stem("ban")).ShouldBeFalse();
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
