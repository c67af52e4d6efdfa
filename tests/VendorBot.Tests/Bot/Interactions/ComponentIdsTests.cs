using VendorBot.Bot.Interactions;

namespace VendorBot.Tests.Bot.Interactions;

public sealed class ComponentIdsTests
{
    [Theory]
    [InlineData("src")]
    [InlineData("up")]
    [InlineData("down")]
    public void AnIdRoundTripsToTheSameActionAndAnswer(string verb)
    {
        var kind = verb switch { "src" => ComponentKind.Sources, "up" => ComponentKind.Helpful, _ => ComponentKind.NotHelpful };
        var id = ComponentIds.For(kind, "ab12cd34");
        id.ShouldBe($"vb:{verb}:ab12cd34");

        ComponentIds.TryParse(id, out var action).ShouldBeTrue();
        action.ShouldBe(new ComponentAction(kind, "ab12cd34"));
        id.Length.ShouldBeLessThanOrEqualTo(100);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("vb")]
    [InlineData("vb:src")]
    [InlineData("vb:src:")]
    [InlineData("vb:nuke:ab12")]
    [InlineData("other:src:ab12")]
    [InlineData("vb:src:ab12:extra")]
    [InlineData("vb:src:ab 12")]
    [InlineData("vb:src:'; DROP TABLE answers")]
    public void ForeignOrTamperedIdsParseAsNothing(string? customId) =>
        ComponentIds.TryParse(customId, out _).ShouldBeFalse();
}
