using System.Text.RegularExpressions;
using VendorBot.Bot.Formatting;

namespace VendorBot.Tests.Bot.Formatting;

public sealed partial class AnswerSplitterTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("short answer [1].", 1)]
    [InlineData("@everyone hi", 1)]
    public void ShortTextStaysWholeAndEmptyTextHasNoParts(string text, int parts) =>
        AnswerSplitter.Split(text, 2000).Count.ShouldBe(parts);

    [Fact]
    public void LongTextSplitsAtParagraphsWhenTheyFit()
    {
        var first = new string('a', 30) + ".";
        var second = new string('b', 30) + ".";
        AnswerSplitter.Split($"{first}\n\n{second}", 40).ShouldBe([first, second]);
    }

    [Fact]
    public void ASentenceBoundaryIsPreferredToAWordBoundary()
    {
        var parts = AnswerSplitter.Split("One claim is here [1]. Another claim follows it here [2].", 40);
        parts[0].ShouldBe("One claim is here [1].");
        parts[1].ShouldBe("Another claim follows it here [2].");
    }

    [Theory]
    [InlineData(41)]
    [InlineData(45)]
    [InlineData(47)]
    [InlineData(60)]
    public void NoPartBreaksACitationMarkerOrAUrl(int limit)
    {
        var text = string.Concat(Enumerable.Repeat("Vendor X denied it [12] see https://example.org/a/very/long/path?q=1 ", 12));
        var parts = AnswerSplitter.Split(text, limit);

        parts.ShouldAllBe(p => p.Length <= limit && p.Length > 0);
        parts.ShouldAllBe(p => !BrokenMarker().IsMatch(p));
        string.Concat(parts).Count(c => c == '[').ShouldBe(12);
        parts.SelectMany(p => UrlPattern().Matches(p)).Select(m => m.Value).ShouldAllBe(u => u == "https://example.org/a/very/long/path?q=1");
    }

    [Fact]
    public void ATokenLongerThanTheLimitIsCutHardWithoutLosingText()
    {
        var url = "https://example.org/" + new string('x', 120);
        var parts = AnswerSplitter.Split(url, 50);

        parts.ShouldAllBe(p => p.Length <= 50);
        string.Concat(parts).ShouldBe(url);
    }

    [Fact]
    public void AVeryLongAnswerKeepsEveryWordInOrder()
    {
        var words = Enumerable.Range(0, 2000).Select(i => $"w{i}").ToList();
        var parts = AnswerSplitter.Split(string.Join(' ', words), 2000);

        parts.Count.ShouldBeGreaterThan(1);
        parts.ShouldAllBe(p => p.Length <= 2000);
        string.Join(' ', parts).Split(' ').ShouldBe(words);
    }

    [GeneratedRegex(@"\[\d*$|^\d*\]")]
    private static partial Regex BrokenMarker();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex UrlPattern();
}
