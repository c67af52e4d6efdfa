using System.Text;
using VendorBot.Knowledge.Loading;

namespace VendorBot.Tests.Knowledge.Loading;

public sealed class HtmlFormatTests
{
    private const string Page = """
        <!doctype html>
        <html><head>
          <title>Fallback title</title>
          <meta property="og:title" content="Huawei denies backdoor claims">
          <meta property="og:site_name" content="Example News">
          <meta property="article:published_time" content="2021-08-20T10:00:00+00:00">
          <link rel="canonical" href="https://news.example/huawei">
          <style>body { color: red; }</style>
          <script>var secret = "do not index";</script>
        </head><body>
          <nav>Home | World | Tech</nav>
          <header>Site banner</header>
          <main>
            <h1>Huawei denies</h1>
            <p>The company   said there is
               “no evidence”.</p>
            <h2>Background</h2>
            <p>Officials will <b>investigate</b>.</p>
            <script>alert("x")</script>
          </main>
          <footer>Copyright</footer>
        </body></html>
        """;

    [Fact]
    public void ReadsTheMetadataAndOnlyTheMainText()
    {
        var content = new HtmlFormat().Read(Encoding.UTF8.GetBytes(Page));

        content.Title.ShouldBe("Huawei denies backdoor claims");
        content.Publisher.ShouldBe("Example News");
        content.Url.ShouldBe("https://news.example/huawei");
        content.PublishedOn.ShouldBe(new DateOnly(2021, 8, 20));
        content.Text.ShouldBe("Huawei denies\n\nThe company said there is “no evidence”.\n\nBackground\n\nOfficials will investigate.");
        content.Headings.Select(h => (h.Level, h.Text)).ShouldBe([(1, "Huawei denies"), (2, "Background")]);
    }

    [Fact]
    public void APageInALegacyCharsetIsDecodedByItsMetaCharset()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9</title></head><body><p>Cr\u00e8me br\u00fbl\u00e9e.</p></body></html>");

        var content = new HtmlFormat().Read(bytes);

        content.Title.ShouldBe("Caf\u00e9");
        content.Text.ShouldBe("Cr\u00e8me br\u00fbl\u00e9e.");
    }

    [Fact]
    public void FallsBackToTheTitleElementAndTheTimeElement()
    {
        const string html = "<html><head><title> Plain title </title></head><body><p>Posted <time datetime=\"2020-02\">Feb</time>.</p></body></html>";

        var content = new HtmlFormat().Read(Encoding.UTF8.GetBytes(html));

        content.Title.ShouldBe("Plain title");
        content.PublishedOn.ShouldBe(new DateOnly(2020, 2, 1));
        content.Text.ShouldBe("Posted Feb.");
    }
}
