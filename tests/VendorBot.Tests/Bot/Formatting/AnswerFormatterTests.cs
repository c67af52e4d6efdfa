using VendorBot.Bot.Formatting;
using VendorBot.Bot.Interactions;

namespace VendorBot.Tests.Bot.Formatting;

public sealed class AnswerFormatterTests
{
    [Fact]
    public void ACitedAnswerGetsASourcesEmbedAndThreeButtons()
    {
        var formatted = AnswerFormatter.Format(Some.Answer("Vendor X was accused of it [1].", Some.Citation(1)));

        formatted.Parts.ShouldBe(["Vendor X was accused of it [1]."]);
        formatted.Sources.ShouldNotBeNull().Description.ShouldBe("`[1]` [Report on Vendor X](https://example.org/report) — Example Times, 2024-05-01");
        formatted.Sources.Footer!.Text.ShouldContain("ab12cd34");
        formatted.Buttons!.Components.Select(b => b.Label).ShouldBe(["Sources", "Helpful", "Not helpful"]);
        formatted.Buttons.Components.Count(b => ComponentIds.TryParse(b.CustomId, out var action) && action.Value.AnswerId == "ab12cd34").ShouldBe(3);
    }

    [Fact]
    public void AnAnswerThatCitesNothingHasNoEmbedOrButtons()
    {
        var formatted = AnswerFormatter.Format(Some.Answer("The sources I have don't cover this."));

        formatted.Sources.ShouldBeNull();
        formatted.Buttons.ShouldBeNull();
    }

    [Theory]
    [InlineData("A [title] with *stars*", null, @"**A \[title\] with \*stars\***")]
    [InlineData("Title", "javascript:alert(1)", "**Title**")]
    [InlineData("Title", "https://example.org/a_(b)", "[Title](https://example.org/a_%28b%29)")]
    public void SourceTitlesAreEscapedAndOnlyWebLinksAreLinked(string title, string? url, string expected) =>
        AnswerFormatter.SourceLine(Some.Citation(1, title, url)).ShouldStartWith($"`[1]` {expected}");

    [Fact]
    public void ManySourcesStayWithinEmbedLimits()
    {
        var citations = Enumerable.Range(1, 40).Select(n => Some.Citation(n, new string('t', 500), "https://example.org/" + new string('u', 400))).ToArray();

        var embed = AnswerFormatter.Format(Some.Answer("text [1]", citations)).Sources!;

        embed.Description!.Length.ShouldBeLessThanOrEqualTo(4096);
    }

    [Fact]
    public void TheSourcesListQuotesEachPassageWithinTheEmbedLimits()
    {
        var citations = Enumerable.Range(1, 12).Select(n => Some.Citation(n) with { PassageText = new string('p', 3000) }).ToList();

        var embeds = SourceDetailsFormatter.ForCitations(citations);

        embeds.Count.ShouldBe(10);
        embeds.Sum(e => e.Title!.Length + e.Description!.Length + (e.Footer?.Text.Length ?? 0)).ShouldBeLessThanOrEqualTo(6000);
        embeds[0].Description.ShouldStartWith("> ppp");
    }

    [Fact]
    public void PassagesOfOneDocumentGetDistinctLinksSoDiscordDoesNotMergeTheirEmbeds()
    {
        var citations = new[] { Some.Citation(1), Some.Citation(2), Some.Citation(3, url: "https://example.org/other"), Some.Citation(4) };

        var urls = SourceDetailsFormatter.ForCitations(citations).Select(e => e.Url).ToList();

        urls.ShouldBe(["https://example.org/report", "https://example.org/report#passage-2", "https://example.org/other", "https://example.org/report#passage-4"]);
    }

    [Fact]
    public void ARepeatedLinkWithAFragmentGetsThePassageFragmentInstead()
    {
        var citations = new[] { Some.Citation(1, url: "https://example.org/report#summary"), Some.Citation(2, url: "https://example.org/report#summary"), Some.Citation(3, url: null) };

        var urls = SourceDetailsFormatter.ForCitations(citations).Select(e => e.Url).ToList();

        urls.ShouldBe(["https://example.org/report#summary", "https://example.org/report#passage-2", null]);
    }
}
