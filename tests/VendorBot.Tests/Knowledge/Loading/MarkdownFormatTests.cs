using System.Text;
using VendorBot.Knowledge.Loading;

namespace VendorBot.Tests.Knowledge.Loading;

public sealed class MarkdownFormatTests
{
    [Fact]
    public void TheSeedBodyKeepsEveryCharacterAndTheFrontMatterBecomesMetadata()
    {
        var content = new MarkdownFormat().Read(File.ReadAllBytes(SeedArticle.FilePath()));

        content.Text.ShouldBe(SeedArticle.Body());
        content.Text.ShouldContain("permissionsو and later");
        content.Text.ShouldContain("“no evidence”");
        content.Title.ShouldBe("Huawei wanted a backdoor in Lahore's safer-cities project, says BES");
        content.Publisher.ShouldBe("Engadget (via WSJ)");
        content.Vendors.ShouldBe(["Huawei"]);
        content.Topics.ShouldContain("data access");
    }

    [Fact]
    public void MarkupIsDroppedAndHeadingsAreRecordedWithTheirSpans()
    {
        const string markdown = "# Report\n\nSome *emphasis* and a [link](https://x.test) and `code`.\n\n## Claims\n\n- first item\n- second item\n\n<div>html</div>\n";

        var content = new MarkdownFormat().Read(Encoding.UTF8.GetBytes(markdown));

        content.Text.ShouldBe("Report\n\nSome emphasis and a link and code.\n\nClaims\n\nfirst item\n\nsecond item");
        content.Title.ShouldBe("Report");
        content.Headings.Select(h => (h.Level, h.Text, h.Span.Slice(content.Text))).ShouldBe([(1, "Report", "Report"), (2, "Claims", "Claims")]);
    }

    [Fact]
    public void BadFrontMatterFailsTheFile()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: \"open\n---\nBody.");

        Should.Throw<DocumentLoadException>(() => new MarkdownFormat().Read(bytes)).Message.ShouldContain("malformed front matter at line 2");
    }

    [Fact]
    public void WindowsLineEndsBecomeLineFeeds()
    {
        var content = new MarkdownFormat().Read(Encoding.UTF8.GetBytes("---\r\ntitle: T\r\n---\r\nOne.\r\nTwo.\r\n"));

        content.Title.ShouldBe("T");
        content.Text.ShouldBe("One.\nTwo.");
    }
}
