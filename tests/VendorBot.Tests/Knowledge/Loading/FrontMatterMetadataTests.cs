using VendorBot.Knowledge;
using VendorBot.Knowledge.Loading;

namespace VendorBot.Tests.Knowledge.Loading;

public sealed class FrontMatterMetadataTests
{
    [Theory]
    [InlineData("2021-05-03", 2021, 5, 3)]
    [InlineData("2021-05", 2021, 5, 1)]
    [InlineData("2021", 2021, 1, 1)]
    [InlineData("2021-05-03T23:30:00Z", 2021, 5, 3)]
    public void DatesAcceptDayMonthOrYearPrecision(string value, int year, int month, int day)
    {
        FrontMatterMetadata.ParseDate(value).ShouldBe(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData("2021-13-01")]
    [InlineData("May 2021")]
    [InlineData("21")]
    public void NonDatesAreNotDates(string value)
    {
        FrontMatterMetadata.ParseDate(value).ShouldBeNull();
    }

    [Fact]
    public void SourceStandsInForAMissingPublisherAndDateForPublished()
    {
        var frontMatter = FrontMatterParser.Parse("---\nsource: Engadget (via WSJ)\ndate: 2021-08\nvendors: Huawei\n---\n");

        var content = FrontMatterMetadata.Apply(new DocumentContent("text"), frontMatter);

        content.Publisher.ShouldBe("Engadget (via WSJ)");
        content.PublishedOn.ShouldBe(new DateOnly(2021, 8, 1));
        content.PublishedPrecision.ShouldBe(DatePrecision.Month);
        content.Vendors.ShouldBe(["Huawei"]);
    }

    [Fact]
    public void AnInvalidDateFailsTheFileWithTheKey()
    {
        var frontMatter = FrontMatterParser.Parse("---\npublished: last year\n---\n");

        var exception = Should.Throw<DocumentLoadException>(() => FrontMatterMetadata.Apply(new DocumentContent("text"), frontMatter));

        exception.Message.ShouldContain("'published: last year' is not a date");
    }

    [Fact]
    public void AListWhereOneValueBelongsFailsTheFile()
    {
        var frontMatter = FrontMatterParser.Parse("---\ntitle: [a, b]\n---\n");

        Should.Throw<DocumentLoadException>(() => FrontMatterMetadata.Apply(new DocumentContent("text"), frontMatter))
            .Message.ShouldContain("'title' must be a single value");
    }
}
