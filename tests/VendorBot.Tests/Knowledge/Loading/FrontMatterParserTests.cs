using VendorBot.Knowledge.Loading;

namespace VendorBot.Tests.Knowledge.Loading;

public sealed class FrontMatterParserTests
{
    [Fact]
    public void ParsesQuotedStringsInlineListsAndItemLists()
    {
        const string text = """
            ---
            title: "Huawei wanted a backdoor in Lahore's project, says \"BES\""
            publisher: 'Engadget''s desk'
            vendors: [Huawei, "ZTE, Inc.", 'H3C']
            topics:
              - backdoor
              - "data access"
            # a comment
            unknown_key: "whatever: it is"
            ---
            Body.
            """;

        var frontMatter = FrontMatterParser.Parse(text);

        frontMatter.Values["title"].Items.ShouldBe(["Huawei wanted a backdoor in Lahore's project, says \"BES\""]);
        frontMatter.Values["publisher"].Items.ShouldBe(["Engadget's desk"]);
        frontMatter.Values["vendors"].Items.ShouldBe(["Huawei", "ZTE, Inc.", "H3C"]);
        frontMatter.Values["topics"].Items.ShouldBe(["backdoor", "data access"]);
        frontMatter.Values["topics"].IsList.ShouldBeTrue();
        text[frontMatter.BodyStart..].ShouldBe("Body.");
    }

    [Fact]
    public void TextWithoutAnOpeningFenceHasNoFrontMatter()
    {
        var frontMatter = FrontMatterParser.Parse("Just text.\n---\n");

        frontMatter.ShouldBe(FrontMatter.None);
    }

    [Fact]
    public void AnInlineCommentIsACommentNotPartOfTheValue()
    {
        const string text = """
            ---
            title: Huawei denies the backdoor report   # the headline, as published
            published: 2021-03   # month precision is fine
            vendors: [Huawei, ZTE]  # who it is about
            url: "https://example.com/a#section"  # a '#' inside quotes stays
            ---
            Body.
            """;

        var frontMatter = FrontMatterParser.Parse(text);

        frontMatter.Values["title"].Items.ShouldBe(["Huawei denies the backdoor report"]);
        frontMatter.Values["published"].Items.ShouldBe(["2021-03"]);
        frontMatter.Values["vendors"].Items.ShouldBe(["Huawei", "ZTE"]);
        frontMatter.Values["url"].Items.ShouldBe(["https://example.com/a#section"]);
    }

    [Theory]
    [InlineData("---\ntitle: x\n", "never closed")]
    [InlineData("---\ntitle x\n---\n", "line 2: expected 'key: value'")]
    [InlineData("---\n- orphan\n---\n", "line 2: expected 'key: value'")]
    [InlineData("---\nvendors: [A, B\n---\n", "line 3: ")]
    [InlineData("---\ntitle: \"unclosed\n---\n", "line 2: ")]
    [InlineData("---\ntitle: a\nTitle: b\n---\n", "line 3: duplicate key 'Title'")]
    [InlineData("---\nsource:\n  name: x\n---\n", "line 3: 'source' must be a value or a list of values, not a nested mapping")]
    [InlineData("---\nvendors:\n  - [A, B]\n---\n", "line 3: 'vendors' must list plain values")]
    [InlineData("---\ntitle: a: b\n---\n", "line 2: ")]
    public void AMalformedBlockFailsWithTheLineAndTheReason(string text, string reason)
    {
        var exception = Should.Throw<DocumentLoadException>(() => FrontMatterParser.Parse(text));

        exception.Message.ShouldStartWith("malformed front matter");
        exception.Message.ShouldContain(reason);
    }

    [Fact]
    public void AnEmptyBlockIsValid()
    {
        var frontMatter = FrontMatterParser.Parse("---\n---\nBody");

        frontMatter.Values.ShouldBeEmpty();
        frontMatter.BodyStart.ShouldBe(8);
    }
}
