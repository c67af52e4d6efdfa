using VendorBot.Knowledge;
using VendorBot.Knowledge.Claims;

namespace VendorBot.Tests.Knowledge.Claims;

public sealed class TimelineBuilderTests
{
    private static readonly DocumentInfo Early = Document("early.md", new DateOnly(2021, 3, 4));
    private static readonly DocumentInfo Late = Document("late.md", new DateOnly(2023, 5, 10));
    private static readonly DocumentInfo Undated = Document("undated.md", null);

    [Fact]
    public void EntriesAreOrderedByTheYearTheyNameElseByPublicationAndUndatedLast()
    {
        var timeline = TimelineBuilder.Build(
            [Claim(Late, "Norvatel says the matter is closed."), Claim(Undated, "Officials said it was fine."), Claim(Early, "The ministry accused Norvatel.")],
            [Year(Late, "The network was installed in 2019.", 2019)]);

        timeline.Select(e => (e.Year, e.Quote)).ShouldBe(
        [
            (2019, "The network was installed in 2019."),
            (2021, "The ministry accused Norvatel."),
            (2023, "Norvatel says the matter is closed."),
            ((int?)null, "Officials said it was fine."),
        ]);
    }

    [Fact]
    public void ADatedClaimAppearsOnceInTheYearItNamesWithItsClaim()
    {
        const string sentence = "Officials said the traffic was detected in 2020.";

        var entry = TimelineBuilder.Build([Claim(Late, sentence)], [Year(Late, sentence, 2020)]).ShouldHaveSingleItem();

        entry.Year.ShouldBe(2020);
        entry.Claim.ShouldNotBeNull().Actor.ShouldBe("Officials");
    }

    private static DocumentInfo Document(string id, DateOnly? published) => new(id, id, "Publisher", null, published, ["Norvatel"]);

    private static SourcedClaim Claim(DocumentInfo document, string sentence) =>
        new(new Claim($"{document.Id}#0", "Officials", ClaimStance.Reports, "Norvatel", "said", sentence, 0, sentence.Length), document);

    private static DatedMention Year(DocumentInfo document, string sentence, int year) =>
        new(new EventYear($"{document.Id}#0", year, 0, sentence.Length), $"{document.Id}#0", sentence, document);
}
