using VendorBot.Knowledge.Articles;
using VendorBot.Knowledge.Loading;

namespace VendorBot.Tests.Knowledge.Articles;

public sealed class FrontMatterEditorTests
{
    private const string Document = "---\n# curated by hand\ntitle: Old title\nsource: Old Wire\nvendors:\n  - Acme\n  - Quenta\nurl: \"https://example.org/a\"\n---\nBody text: stays.\n";

    [Fact]
    public void EditedKeysAreReplacedWithTheirBlockListsAndEverythingElseStays()
    {
        var edited = FrontMatterEditor.Apply(Document, new DocumentEdit("New: “title”", "New Wire", "2024-03", ["Acme", "acme", "Norvatel"]));

        edited.ShouldBe(
            "---\n# curated by hand\nurl: \"https://example.org/a\"\ntitle: \"New: “title”\"\npublisher: \"New Wire\"\npublished: 2024-03\nvendors: [\"Acme\", \"Norvatel\"]\n---\nBody text: stays.\n");
        FrontMatterParser.Parse(edited).Values.Count.ShouldBe(5);
    }

    [Fact]
    public void KeysNotEditedAreLeftAlone()
    {
        var edited = FrontMatterEditor.Apply(Document, new DocumentEdit(null, null, null, ["Norvatel"]));

        edited.ShouldStartWith("---\n# curated by hand\ntitle: Old title\nsource: Old Wire\nurl: \"https://example.org/a\"\nvendors: [\"Norvatel\"]\n---\n");
    }

    [Fact]
    public void ADocumentWithoutFrontMatterGetsOne() =>
        FrontMatterEditor.Apply("Just text.\r\n", new DocumentEdit("A title", null, null, null)).ShouldBe("---\ntitle: \"A title\"\n---\nJust text.\n");

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("last year")]
    public void AnInvalidDateIsRefused(string published) =>
        Should.Throw<DocumentLoadException>(() => FrontMatterEditor.Apply(Document, new DocumentEdit(null, null, published, null))).Message.ShouldContain("not a publication date");

    [Fact]
    public void AnEmptyTitleIsRefused() =>
        Should.Throw<DocumentLoadException>(() => FrontMatterEditor.Apply(Document, new DocumentEdit(" ", null, null, null))).Message.ShouldBe("the title cannot be empty");
}
