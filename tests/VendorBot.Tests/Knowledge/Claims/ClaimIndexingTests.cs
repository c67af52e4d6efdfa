using VendorBot.Knowledge.Claims;

namespace VendorBot.Tests.Knowledge.Claims;

public sealed class ClaimIndexingTests : IDisposable
{
    private const string Ministry = """
        ---
        title: "Ministry accuses Norvatel"
        vendors: [Norvatel]
        source: "Ministry of Digital Affairs"
        published: 2021-03-04
        ---
        The Ministry of Digital Affairs accused Norvatel of routing subscriber data abroad in 2020. Norvatel denied the accusation.
        """;

    private readonly TestFolder _folder = new();

    [Fact]
    public async Task IndexingStoresTheClaimsOfEachPassageWithTheirDocumentAndDate()
    {
        _folder.Write("ministry.md", Ministry);
        var claims = await IndexAndListAsync("Norvatel");

        claims.Select(c => (c.Claim.Actor, c.Claim.Stance)).ShouldBe(
            [("Ministry of Digital Affairs", ClaimStance.Alleges), ("Norvatel", ClaimStance.Denies)]);
        claims.ShouldAllBe(c => c.Document.PublishedOn == new DateOnly(2021, 3, 4) && c.Document.Title == "Ministry accuses Norvatel");
        claims.ShouldAllBe(c => c.Claim.Target == "Norvatel");
    }

    [Fact]
    public async Task StoredClaimOffsetsAreExactSlicesOfTheDocumentText()
    {
        _folder.Write("ministry.md", Ministry);
        var claims = await IndexAndListAsync("Norvatel");
        var body = Ministry[(Ministry.IndexOf("The Ministry", StringComparison.Ordinal))..];

        foreach (var claim in claims)
        {
            body.ShouldContain(claim.Claim.Sentence);
            claim.Claim.End.ShouldBe(claim.Claim.Start + claim.Claim.Sentence.Length);
        }
    }

    [Fact]
    public async Task ReindexRewritesTheClaimsOfAChangedDocumentAndDropsThoseOfARemovedOne()
    {
        _folder.Write("ministry.md", Ministry);
        _folder.Write("other.md", "---\ntitle: Other\nvendors: [Quellink]\n---\nQuellink rejected the report.\n");
        await IndexAndListAsync(null);

        _folder.Write("ministry.md", Ministry.Replace("Norvatel denied the accusation.", "Norvatel admitted the fault.", StringComparison.Ordinal));
        _folder.Delete("other.md");
        var claims = await IndexAndListAsync(null);

        claims.Select(c => (c.Claim.Actor, c.Claim.Stance)).ShouldBe(
            [("Ministry of Digital Affairs", ClaimStance.Alleges), ("Norvatel", ClaimStance.Confirms)]);
    }

    [Fact]
    public async Task IndexingStoresEventYearsWithTheSentenceThatDatesThem()
    {
        _folder.Write("ministry.md", Ministry);
        using var database = _folder.Database();
        using var indexer = _folder.Indexer(database);
        await indexer.ReindexAsync(progress: null, TestContext.Current.CancellationToken);

        var years = await new ClaimCatalog(database).ListYearsAsync("norvatel", TestContext.Current.CancellationToken);

        var year = years.ShouldHaveSingleItem();
        year.Year.Year.ShouldBe(2020);
        year.Sentence.ShouldStartWith("The Ministry of Digital Affairs accused Norvatel");
        year.Document.PublishedOn.ShouldBe(new DateOnly(2021, 3, 4));
    }

    [Fact]
    public async Task TheSeedArticleYieldsHuaweisDenialAndTheAccusationsAgainstIt()
    {
        File.Copy(SeedArticle.FilePath(), Path.Combine(_folder.Documents, SeedArticle.FileName));
        var claims = await IndexAndListAsync("Huawei");

        claims.ShouldContain(c => c.Claim.Actor == "Huawei" && c.Claim.Stance == ClaimStance.Denies && c.Claim.Cue == "denied");
        claims.ShouldContain(c => c.Claim.Actor == "United States" && c.Claim.Stance == ClaimStance.Alleges);
        claims.ShouldContain(c => c.Claim.Actor == ClaimLexicon.Unattributed && c.Claim.Sentence.Contains("Uyghur", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADocumentAboutNoVendorStoresNoClaims()
    {
        _folder.Write("plain.txt", "The ministry accused the operator of spying in 2020. The operator denied it.");

        (await IndexAndListAsync(null)).ShouldBeEmpty();
    }

    public void Dispose() => _folder.Dispose();

    private async Task<IReadOnlyList<SourcedClaim>> IndexAndListAsync(string? vendor)
    {
        using var database = _folder.Database();
        using var indexer = _folder.Indexer(database);
        await indexer.ReindexAsync(progress: null, TestContext.Current.CancellationToken);
        return await new ClaimCatalog(database).ListClaimsAsync(vendor, TestContext.Current.CancellationToken);
    }
}
