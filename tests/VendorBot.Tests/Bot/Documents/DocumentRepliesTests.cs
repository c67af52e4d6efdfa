using VendorBot.Bot.Documents;
using VendorBot.Knowledge.Articles;

namespace VendorBot.Tests.Bot.Documents;

public sealed class DocumentRepliesTests
{
    private static readonly IReadOnlyList<DocumentSummary> Twelve =
        [.. Enumerable.Range(1, 12).Select(i => new DocumentSummary($"articles/report-{i:00}.md", $"Report {i:00}", "Example Times", null, "2024-03-18", ["Norvatel"], 3))];

    [Fact]
    public void AListLongerThanAPageHasButtonsThatLeadToTheNextPageWithTheSameFilters()
    {
        var first = DocumentReplies.ListPage(Twelve, 0, "Norvatel", "report");

        first.Content!.ShouldStartWith("**12 documents** about “Norvatel”, matching “report”, newest first (page 1/2):");
        first.Content.ShouldContain("`articles/report-10.md`");
        first.Content.ShouldNotContain("`articles/report-11.md`");
        var next = first.Components![0].Components[1].CustomId;
        DocumentReplies.Parse(next).ShouldBe(new DocumentButton.Page(1, "Norvatel", "report"));
        DocumentReplies.ListPage(Twelve, 1, "Norvatel", "report").Content!.ShouldContain("`articles/report-12.md`");
    }

    [Fact]
    public void AQueryKeepsOnlyDocumentsWhoseTitlePublisherOrIdContainsIt()
    {
        var page = DocumentReplies.ListPage(Twelve, 0, vendor: null, query: "report 07");

        page.Content!.ShouldStartWith("**1 document** matching “report 07”");
        page.Components.ShouldBeNull();
    }

    [Fact]
    public void EveryDocumentButtonFitsDiscordsCustomIdLimitWhateverTheIdsLength()
    {
        var longId = "articles/" + new string('a', 200) + ".md";
        var added = DocumentReplies.Added(new AddOutcome(new DocumentSummary(longId, "Long", null, null, null, [], 1), Duplicate: null));

        var undo = added.Components![0].Components[0].CustomId!;
        undo.Length.ShouldBeLessThanOrEqualTo(100);
        DocumentReplies.Parse(undo).ShouldBe(new DocumentButton.RemoveDocument(DocumentReplies.KeyOf(longId)));
    }

    [Theory]
    [InlineData("vb:src:abc")]
    [InlineData("vbd:rm:not-a-key")]
    [InlineData("vbd:p:x::")]
    [InlineData("vbd")]
    public void AnotherOrATamperedCustomIdParsesAsNothing(string customId) => DocumentReplies.Parse(customId).ShouldBeNull();

    [Fact]
    public void IdSuggestionsMatchTitleOrIdAndPutPrefixMatchesFirst()
    {
        IReadOnlyList<DocumentSummary> documents =
        [
            new("articles/sanctions-acme.md", "Acme added to the sanctions list", null, null, null, [], 1),
            new("articles/acme-denies.md", "Company denies backdoor", null, null, null, [], 1),
            new("articles/other.md", "Something else", null, null, null, [], 1),
        ];

        var choices = DocumentReplies.Suggest(documents, "acme");

        choices.Select(c => c.Name).ShouldBe(["Acme added to the sanctions list — articles/sanctions-acme.md", "Company denies backdoor — articles/acme-denies.md"]);
    }
}
