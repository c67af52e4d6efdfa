using VendorBot.Bot.Interactions;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Claims;

namespace VendorBot.Tests.Bot.Interactions;

public sealed class TimelineCommandPageTests
{
    private static readonly IReadOnlyList<TimelineEntry> Twelve = Enumerable.Range(0, 12)
        .Select(i => new TimelineEntry(2010 + i, null, $"Event number {i}.", "d#0", i, new DocumentInfo("d", "A report", null, null, new DateOnly(2023, 1, 1), ["Norvatel"])))
        .ToList();

    [Fact]
    public void AMiddlePageShowsItsEntriesAndBothButtonsPointingAtItsNeighbours()
    {
        var payload = TimelineCommand.Page("Norvatel", Twelve, 1);

        payload.Content.ShouldNotBeNull().ShouldStartWith("**Timeline of Norvatel** (oldest first, page 2/3, 12 entries)");
        payload.Content.ShouldContain("**2015** — “Event number 5.”");
        payload.Content.ShouldNotContain("Event number 4.");
        payload.Content.ShouldNotContain("Event number 10.");
        var buttons = payload.Components.ShouldNotBeNull().ShouldHaveSingleItem().Components;
        buttons.Select(b => (b.CustomId, b.Disabled)).ShouldBe([("vbt:0:Norvatel", false), ("vbt:2:Norvatel", false)]);
    }

    [Theory]
    [InlineData(0, "page 1/3", true, false)]
    [InlineData(2, "page 3/3", false, true)]
    [InlineData(99, "page 3/3", false, true)]
    [InlineData(-4, "page 1/3", true, false)]
    public void ThePageIsClampedAndTheButtonAtAnEndIsDisabled(int page, string shown, bool previousDisabled, bool nextDisabled)
    {
        var payload = TimelineCommand.Page("Norvatel", Twelve, page);

        payload.Content.ShouldNotBeNull().ShouldContain(shown);
        var buttons = payload.Components.ShouldNotBeNull().ShouldHaveSingleItem().Components;
        buttons[0].Disabled.ShouldBe(previousDisabled);
        buttons[1].Disabled.ShouldBe(nextDisabled);
    }

    [Fact]
    public void AOnePageTimelineHasNoButtons()
    {
        TimelineCommand.Page("Norvatel", Twelve.Take(3).ToList(), 0).Components.ShouldBeNull();
    }
}
