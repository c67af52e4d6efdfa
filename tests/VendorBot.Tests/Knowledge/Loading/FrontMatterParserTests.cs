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
            unknown_key: whatever: it is
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

    [Theory]
    [InlineData("---\ntitle: x\n", "never closed")]
    [InlineData("---\ntitle x\n---\n", "line 2: expected 'key: value'")]
    [InlineData("---\n- orphan\n---\n", "line 2: a '- item' line must follow")]
    [InlineData("---\nvendors: [A, B\n---\n", "line 2: an inline list must end with ']'")]
    [InlineData("---\ntitle: \"unclosed\n---\n", "line 2: unclosed \" quote")]
    [InlineData("---\ntitle: \"a\" b\n---\n", "line 2: text after the closing quote")]
    [InlineData("---\ntitle: a\nTitle: b\n---\n", "line 3: duplicate key 'Title'")]
    [InlineData("---\nvendors: [A, , B]\n---\n", "line 2: empty item")]
    [InlineData("---\nvendors: [\"A\" \"B\"]\n---\n", "line 2: expected ','")]
    [InlineData("---\ntitle: |\n---\n", "line 2: unsupported value starting with '|'")]
    [InlineData("---\nbad key!: x\n---\n", "line 2: expected 'key: value'")]
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
