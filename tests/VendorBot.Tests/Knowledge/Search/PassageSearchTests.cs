using VendorBot.Knowledge;
using VendorBot.Knowledge.Search;

namespace VendorBot.Tests.Knowledge.Search;

public sealed class PassageSearchTests
{
    private static readonly SourceDocument Kaspersky = SearchTestIndex.Document(
        "kaspersky.md", "Kaspersky antivirus ban", "Federal agencies were ordered to remove the software from their systems within ninety days.", ["Kaspersky"], "Reuters");

    private static readonly SourceDocument Huawei = SearchTestIndex.Document(
        "huawei.md", "Huawei in Lahore", "Huawei wanted a backdoor in the safe city project. The company denied any ban on audits of its equipment.", ["Huawei"], "Engadget", new DateOnly(2023, 2, 1));

    private static readonly SourceDocument Zte = SearchTestIndex.Document(
        "zte.md", "ZTE export rules", "The export ban hit ZTE hard; a backdoor was never alleged in this case.", ["ZTE"], "FT");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ADocumentWhoseTitleMatchesRanksFirst()
    {
        using var index = await SearchTestIndex.CreateAsync(Huawei, Zte, Kaspersky);

        var hits = await index.Search().SearchAsync(new SearchQuery("kaspersky ban"), Token);

        hits.Count.ShouldBeGreaterThan(1);
        hits[0].Document.Id.ShouldBe("kaspersky.md");
        hits.Select(hit => hit.Score).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task TheVendorFilterKeepsOnlyThatVendorsDocumentsIgnoringCase()
    {
        using var index = await SearchTestIndex.CreateAsync(Huawei, Zte, Kaspersky);

        var hits = await index.Search().SearchAsync(new SearchQuery("backdoor ban", Vendor: "zte"), Token);

        hits.ShouldNotBeEmpty();
        hits.ShouldAllBe(hit => hit.Document.Id == "zte.md");
    }

    [Fact]
    public async Task SeveralVendorsKeepTheDocumentsAboutAnyOfThem()
    {
        using var index = await SearchTestIndex.CreateAsync(Huawei, Zte, Kaspersky);

        var hits = await index.Search().SearchAsync(new SearchQuery("backdoor ban", Vendors: ["zte", "HUAWEI"]), Token);

        hits.Select(hit => hit.Document.Id).Distinct().Order().ShouldBe(["huawei.md", "zte.md"]);
    }

    [Fact]
    public async Task AVendorWithNoDocumentsGivesNoHits()
    {
        using var index = await SearchTestIndex.CreateAsync(Huawei, Zte);

        var hits = await index.Search().SearchAsync(new SearchQuery("backdoor", Vendor: "Cisco"), Token);

        hits.ShouldBeEmpty();
    }

    [Fact]
    public async Task TheSnippetHighlightsTheMatchedWords()
    {
        using var index = await SearchTestIndex.CreateAsync(Huawei, Zte);

        var hits = await index.Search().SearchAsync(new SearchQuery("backdoor", Vendor: "Huawei"), Token);

        hits.ShouldHaveSingleItem().Snippet.ShouldContain($"{SearchLimits.HighlightOpen}backdoor{SearchLimits.HighlightClose}");
    }

    [Fact]
    public async Task ASearchWithoutSnippetsFindsTheSameHitsInTheSameOrderWithEmptySnippets()
    {
        using var index = await SearchTestIndex.CreateAsync(Huawei, Zte, Kaspersky);
        var query = new SearchQuery("backdoor ban");

        var highlighted = await index.Search().SearchAsync(query, Token);
        var plain = await index.Search().SearchAsync(query with { Snippets = false }, Token);

        highlighted.ShouldNotBeEmpty();
        highlighted.ShouldAllBe(hit => hit.Snippet.Length > 0);
        plain.Select(hit => (hit.Passage.Id, hit.Score)).ShouldBe(highlighted.Select(hit => (hit.Passage.Id, hit.Score)));
        plain.ShouldAllBe(hit => hit.Snippet.Length == 0);
    }

    [Fact]
    public async Task HitsCarryThePassageAndItsDocumentsMetadata()
    {
        using var index = await SearchTestIndex.CreateAsync(Huawei, Zte);

        var hit = (await index.Search().SearchAsync(new SearchQuery("safe city", Top: 1), Token)).ShouldHaveSingleItem();

        hit.Document.ShouldBe(new DocumentInfo("huawei.md", "Huawei in Lahore", "Engadget", "https://example.test/huawei.md", new DateOnly(2023, 2, 1), ["Huawei"]), new DocumentInfoComparer());
        hit.Passage.DocumentId.ShouldBe("huawei.md");
        Huawei.Text[hit.Passage.Start..hit.Passage.End].ShouldBe(hit.Passage.Text);
        hit.Score.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task InflectedFormsMatchThroughTheIndexStemmer()
    {
        using var index = await SearchTestIndex.CreateAsync(Huawei, Kaspersky);

        var hits = await index.Search().SearchAsync(new SearchQuery("backdoors"), Token);

        hits.ShouldHaveSingleItem().Document.Id.ShouldBe("huawei.md");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!... ---")]
    [InlineData("\"*^:()")]
    public async Task AQueryWithoutWordsGivesNoHitsAndNoError(string text)
    {
        using var index = await SearchTestIndex.CreateAsync(Huawei);

        var hits = await index.Search().SearchAsync(new SearchQuery(text), Token);

        hits.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnEmptyIndexGivesNoHits()
    {
        using var index = await SearchTestIndex.CreateAsync();

        var hits = await index.Search().SearchAsync(new SearchQuery("backdoor"), Token);

        hits.ShouldBeEmpty();
    }

    [Fact]
    public async Task TopLimitsTheNumberOfHits()
    {
        using var index = await SearchTestIndex.CreateAsync(Huawei, Zte, Kaspersky);

        var hits = await index.Search().SearchAsync(new SearchQuery("ban backdoor", Top: 1), Token);

        hits.Count.ShouldBe(1);
    }

    [Fact]
    public async Task RankingWithoutFeedbackStillPutsTheTitleMatchFirst()
    {
        using var index = await SearchTestIndex.CreateAsync(Huawei, Zte, Kaspersky);

        var hits = await index.Search(new SearchOptions { FeedbackPassages = 0 }).SearchAsync(new SearchQuery("kaspersky ban"), Token);

        hits[0].Document.Id.ShouldBe("kaspersky.md");
    }

    private sealed class DocumentInfoComparer : IEqualityComparer<DocumentInfo>
    {
        public bool Equals(DocumentInfo? x, DocumentInfo? y) =>
            x is not null && y is not null && x with { Vendors = [] } == y with { Vendors = [] } && x.Vendors.SequenceEqual(y.Vendors);

        public int GetHashCode(DocumentInfo obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
