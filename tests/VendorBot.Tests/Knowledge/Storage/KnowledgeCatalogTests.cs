using VendorBot.Knowledge;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Tests.Knowledge.Storage;

public sealed class KnowledgeCatalogTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CountsDocumentsAndVendorsAndFindsPassagesAndDocumentsById()
    {
        using var database = _folder.Database();
        using var indexer = _folder.Indexer(database);
        await indexer.IndexDocumentsAsync(
            [
                Some.Document("Huawei denied it.", id: "a", vendors: ["Huawei", "ZTE"]),
                Some.Document("ZTE was fined.", id: "b", vendors: ["zte"]),
                Some.Document("No vendor here.", id: "c", vendors: []),
            ],
            null,
            Token);
        var catalog = new KnowledgeCatalog(database);

        (await catalog.CountDocumentsAsync(Token)).ShouldBe(3);
        (await catalog.ListVendorsAsync(Token)).ShouldBe([new VendorDocumentCount("ZTE", 2), new VendorDocumentCount("Huawei", 1)]);
        (await catalog.GetPassageAsync("b#0", Token)).ShouldBe(new Passage("b#0", "b", 0, "", 0, 14, "ZTE was fined."));
        (await catalog.GetDocumentAsync("a", Token)).ShouldNotBeNull().ShouldSatisfyAllConditions(
            d => d.Title.ShouldBe("A title"),
            d => d.Vendors.ShouldBe(["Huawei", "ZTE"]),
            d => d.PublishedOn.ShouldBe(new DateOnly(2021, 5, 3)),
            d => d.Url.ShouldBe("https://example.test/a"));
    }

    [Theory]
    [InlineData(DatePrecision.Day, "2018-07-15")]
    [InlineData(DatePrecision.Month, "2018-07")]
    [InlineData(DatePrecision.Year, "2018")]
    public async Task APublicationDateIsStoredAndReadAtThePrecisionTheSourceGives(DatePrecision precision, string text)
    {
        using var database = _folder.Database();
        using var indexer = _folder.Indexer(database);
        var published = PublishedDates.Parse(text).ShouldNotBeNull();
        await indexer.IndexDocumentsAsync(
            [Some.Document("Norvatel denied it.", id: "a", vendors: ["Norvatel"]) with { PublishedOn = published.Date, PublishedPrecision = published.Precision }],
            null,
            Token);

        var document = (await new KnowledgeCatalog(database).GetDocumentAsync("a", Token)).ShouldNotBeNull();

        document.PublishedPrecision.ShouldBe(precision);
        document.PublishedText.ShouldBe(text);
    }

    [Fact]
    public async Task UnknownIdsGiveNullAndAnEmptyIndexCountsZero()
    {
        using var database = _folder.Database();
        var catalog = new KnowledgeCatalog(database);

        (await catalog.CountDocumentsAsync(Token)).ShouldBe(0);
        (await catalog.ListVendorsAsync(Token)).ShouldBeEmpty();
        (await catalog.GetPassageAsync("nope#0", Token)).ShouldBeNull();
        (await catalog.GetDocumentAsync("nope", Token)).ShouldBeNull();
    }
}
