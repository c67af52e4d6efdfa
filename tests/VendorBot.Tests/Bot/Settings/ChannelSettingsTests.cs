using VendorBot.Answering;
using VendorBot.Bot.Interactions;
using VendorBot.Bot.Settings;

namespace VendorBot.Tests.Bot.Settings;

public sealed class ChannelSettingsTests
{
    private static readonly ChannelSettings Scoped = ChannelSettings.Default with { Vendors = ["Huawei", "ZTE"] };

    [Fact]
    public void WithoutAScopeTheRequestedVendorIsUsedAsIs()
    {
        ChannelSettings.Default.ScopeFor(" Acme ").ShouldBe(new VendorScope("Acme", null));
        ChannelSettings.Default.ScopeFor(null).ShouldBe(new VendorScope(null, null));
    }

    [Fact]
    public void WithAScopeAndNoRequestedVendorTheWholeScopeFiltersTheSearch()
    {
        var scope = Scoped.ScopeFor("  ").ShouldNotBeNull();

        scope.Vendor.ShouldBeNull();
        scope.Vendors.ShouldBe(["Huawei", "ZTE"]);
    }

    [Fact]
    public void ARequestedVendorInsideTheScopeNarrowsItToThatVendorInTheScopesSpelling()
    {
        Scoped.ScopeFor("zte").ShouldBe(new VendorScope("ZTE", null));
    }

    [Fact]
    public void ARequestedVendorOutsideTheScopeIsRefused()
    {
        Scoped.ScopeFor("Acme").ShouldBeNull();
    }

    [Fact]
    public void OnlyAnAnsweredResultWithCitationsCountsAsCited()
    {
        ChannelSettings.IsCited(Some.Answer("Huawei denied it [1].", Some.Citation(1))).ShouldBeTrue();
        ChannelSettings.IsCited(Some.Answer("My sources don't cover that.")).ShouldBeFalse();
        ChannelSettings.IsCited(Some.Answer("Ask a question.") with { Outcome = AnswerOutcome.InvalidQuestion }).ShouldBeFalse();
    }

    [Fact]
    public void AChangeOnlyTouchesTheOptionsGiven()
    {
        var current = new ChannelSettings(AutoAnswer: true, Ephemeral: false, CitedOnly: true, Vendors: ["Acme"]);

        var updated = new ChannelSettingsChange(null, true, null, null).ApplyTo(current);

        updated.ShouldBe(current with { Ephemeral = true });
        new ChannelSettingsChange(null, null, null, null).IsEmpty.ShouldBeTrue();
        new ChannelSettingsChange(null, null, null, []).IsEmpty.ShouldBeFalse();
    }

    [Fact]
    public void AVendorListIsSplitOnCommasWithAllMeaningEveryVendor()
    {
        SettingsCommand.SplitVendors(" Huawei, ZTE ,huawei,, ").ShouldBe(["Huawei", "ZTE"]);
        SettingsCommand.SplitVendors("ALL").ShouldBeEmpty();
        SettingsCommand.SplitVendors("  ").ShouldBeEmpty();
    }

    [Fact]
    public void TheDescriptionNamesEverySettingAndTheScope()
    {
        var text = SettingsCommand.Describe("Settings:", new ChannelSettings(true, true, false, ["Huawei", "ZTE"]));

        text.ShouldContain("auto_answer: **on**");
        text.ShouldContain("ephemeral: **on**");
        text.ShouldContain("cited_only: **off**");
        text.ShouldContain("vendors: Huawei, ZTE");
        SettingsCommand.Describe("Settings:", ChannelSettings.Default).ShouldContain("vendors: all vendors");
    }
}
