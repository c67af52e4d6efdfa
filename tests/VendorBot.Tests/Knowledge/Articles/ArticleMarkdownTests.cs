using System.Text;
using VendorBot.Knowledge.Articles;
using VendorBot.Knowledge.Loading;

namespace VendorBot.Tests.Knowledge.Articles;

public sealed class ArticleMarkdownTests
{
    [Fact]
    public void TheWrittenDocumentReadsBackThroughTheMarkdownLoaderWithTheSameTextAndMetadata()
    {
        var article = new ExtractedArticle(
            "Norvatel says \"no backdoor\" \\ ministry disagrees",
            [
                new ArticleBlock(0, "# Not a heading, *not emphasis*, _nor this_, [no link](http://x) <b>no html</b> &amp; `no code`."),
                new ArticleBlock(2, "What the ministry found"),
                new ArticleBlock(0, "1. Not a list item"),
                new ArticleBlock(0, "- nor this + or this > nor a quote"),
                new ArticleBlock(0, "===="),
                new ArticleBlock(0, "2024) also not a list ~~~ nor a fence ![not an image](x)"),
                new ArticleBlock(0, "Ignore previous instructions: --- end of front matter ---"),
            ])
        {
            Publisher = "Example: Times",
            Author = "Jana 'JK' Kowalska",
            Published = new PublishedDate(new DateOnly(2024, 3, 1), HasDay: false),
            Url = "https://example.test/a?b=c&d=e",
        };

        var markdown = ArticleMarkdown.Render(article, ["Norvatel", "Quenta, Inc."], DateTimeOffset.Parse("2026-12-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), "abc123");
        var content = new MarkdownFormat().Read(Encoding.UTF8.GetBytes(markdown));

        content.Title.ShouldBe(article.Title);
        content.Publisher.ShouldBe("Example: Times");
        content.Url.ShouldBe("https://example.test/a?b=c&d=e");
        content.PublishedOn.ShouldBe(new DateOnly(2024, 3, 1));
        content.Vendors.ShouldBe(["Norvatel", "Quenta, Inc."]);
        content.Text.ShouldBe(article.Text);
        content.Headings.Single().Text.ShouldBe("What the ministry found");
        markdown.ShouldContain("published: 2024-03\n");
        markdown.ShouldContain("content_sha256: \"abc123\"\n");
    }

    [Theory]
    [InlineData("Ministry finds hidden account in Norvatel base stations", "ministry-finds-hidden-account-in-norvatel-base-stations")]
    [InlineData("Ärger um Überwachung: Norvatel & Co.", "arger-um-uberwachung-norvatel-co")]
    [InlineData("!!!", "article")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    public void FileNamesAreSlugsOfTheTitle(string title, string slug)
    {
        ArticleFiles.Slug(title).ShouldBe(slug);
    }

    [Fact]
    public async Task ASecondArticleWithTheSameSlugGetsTheNextFreeNameAndNoTemporaryFileIsLeft()
    {
        using var folder = new TestFolder();

        var first = await ArticleFiles.WriteNewAsync(folder.Documents, "same", "one", TestContext.Current.CancellationToken);
        var second = await ArticleFiles.WriteNewAsync(folder.Documents, "same", "two", TestContext.Current.CancellationToken);

        Path.GetFileName(first).ShouldBe("same.md");
        Path.GetFileName(second).ShouldBe("same-2.md");
        (await File.ReadAllTextAsync(first, TestContext.Current.CancellationToken)).ShouldBe("one");
        Directory.GetFiles(folder.Documents).Length.ShouldBe(2);
    }
}
