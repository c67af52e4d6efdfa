using VendorBot.Knowledge.Chunking;

namespace VendorBot.Tests.Knowledge.Chunking;

public sealed class HeadingDetectorTests
{
    [Theory]
    [InlineData("No evidence so far.\nHuawei has a lousy history of installing backdoors\nThis is not the first time.", "Huawei has a lousy history of installing backdoors")]
    [InlineData("Title At The Top\nBody text follows.", "Title At The Top")]
    [InlineData("End of part one.\n\n2020 Sanctions\n\nBody.", "2020 Sanctions")]
    [InlineData("Закончено.\nНовая глава\nТекст.", "Новая глава")]
    [InlineData("انتهى.\nعنوان جديد\nنص.", "عنوان جديد")]
    public void FindsALineThatIsReallyAHeading(string text, string heading)
    {
        HeadingDetector.Detect(text).Select(span => span.Slice(text)).ShouldBe([heading]);
    }

    [Theory]
    [InlineData("A sentence that wraps onto\nthe next line.")]
    [InlineData("The list:\nHuawei\nZTE")]
    [InlineData("Finished sentence.\nA line ending with a comma,\nNext.")]
    [InlineData("Finished sentence.\nlowercase start line\nNext.")]
    [InlineData("Finished sentence.\nLast line without a stop")]
    [InlineData("Finished sentence.\nA heading followed by lowercase\ncontinuation here.")]
    [InlineData("")]
    public void LeavesOrdinaryLinesAlone(string text)
    {
        HeadingDetector.Detect(text).ShouldBeEmpty();
    }

    [Fact]
    public void ALineLongerThanAHeadingIsNotOne()
    {
        var text = "Done.\n" + string.Join(' ', Enumerable.Repeat("Word", 30)) + "\nNext.";

        HeadingDetector.Detect(text).ShouldBeEmpty();
    }
}
