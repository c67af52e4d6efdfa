using VendorBot.Knowledge;
using VendorBot.Knowledge.Claims;

namespace VendorBot.Tests.Knowledge.Claims;

public sealed class EventYearExtractorTests
{
    [Theory]
    [InlineData("Dates back to 2020, the United States also accused Huawei.", 2020, "to 2020")]
    [InlineData("The ministry opened an inquiry in 2021.", 2021, "in 2021")]
    [InlineData("Sanctions have applied since 2019.", 2019, "since 2019")]
    [InlineData("The audit ran in early 2022 and found nothing.", 2022, "in early 2022")]
    [InlineData("Quellink shut the link down in March 2023.", 2023, "in March 2023")]
    [InlineData("On March 3, 2021 the regulator wrote to Norvatel.", 2021, "March 3, 2021")]
    [InlineData("The contract ran until 1999.", 1999, "until 1999")]
    public void FindsTheYearOfADatedPhrase(string text, int year, string phrase)
    {
        var found = EventYearExtractor.Extract(Passage(text)).ShouldHaveSingleItem();

        found.Year.ShouldBe(year);
        text[found.Start..found.End].ShouldBe(phrase, StringCompareShould.IgnoreCase);
    }

    [Theory]
    [InlineData("Norvatel shipped 2020 units last quarter.")]
    [InlineData("Prices rose by 2021% overnight.")]
    [InlineData("In 1850 nobody had a phone.")]
    [InlineData("Call 202012 for details.")]
    [InlineData("")]
    public void IgnoresNumbersThatAreNotEventYears(string text)
    {
        EventYearExtractor.Extract(Passage(text)).ShouldBeEmpty();
    }

    [Fact]
    public void FindsEveryYearWithOffsetsIntoTheDocument()
    {
        const string text = "Accused in 2019, cleared in 2022.";
        var passage = new Passage("d#1", "d", 1, string.Empty, 40, 40 + text.Length, text);

        var years = EventYearExtractor.Extract(passage);

        years.Select(y => y.Year).ShouldBe([2019, 2022]);
        years[0].Start.ShouldBe(40 + text.IndexOf("in 2019", StringComparison.Ordinal));
        years.ShouldAllBe(y => y.PassageId == "d#1");
    }

    private static Passage Passage(string text) => new("d#0", "d", 0, string.Empty, 0, text.Length, text);
}
