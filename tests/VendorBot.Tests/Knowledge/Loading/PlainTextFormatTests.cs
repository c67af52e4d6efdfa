using System.Text;
using VendorBot.Knowledge.Loading;

namespace VendorBot.Tests.Knowledge.Loading;

public sealed class PlainTextFormatTests
{
    [Fact]
    public void TextIsKeptAsIsAndItsOptionalFrontMatterIsRead()
    {
        var content = new PlainTextFormat().Read(Encoding.UTF8.GetBytes("---\ntitle: Notes\nvendors:\n  - Huawei\n---\n\nLine one *not markup*.\nLine two.\n"));

        content.Title.ShouldBe("Notes");
        content.Vendors.ShouldBe(["Huawei"]);
        content.Text.ShouldBe("Line one *not markup*.\nLine two.");
    }

    [Fact]
    public void AByteOrderMarkIsDropped()
    {
        var content = new PlainTextFormat().Read([.. Encoding.UTF8.Preamble, .. "Hello."u8.ToArray()]);

        content.Text.ShouldBe("Hello.");
    }
}
