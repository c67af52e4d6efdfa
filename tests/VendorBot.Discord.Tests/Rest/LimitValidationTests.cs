using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Tests.Rest;

public sealed class LimitValidationTests
{
    private static readonly Embed Small = new() { Title = "t" };

    public static TheoryData<string, MessagePayload> OverLimit => new()
    {
        { "content", Msg(content: new string('x', 2001)) },
        { "embeds", Msg(embeds: Enumerable.Repeat(Small, 11).ToArray()) },
        { "embeds[0].title", Msg(embeds: [new Embed { Title = new string('x', 257) }]) },
        { "embeds[0].description", Msg(embeds: [new Embed { Description = new string('x', 4097) }]) },
        { "embeds[0].fields", Msg(embeds: [new Embed { Fields = Enumerable.Repeat(new EmbedField { Name = "n", Value = "v" }, 26).ToArray() }]) },
        { "embeds[0].fields[0].name", Msg(embeds: [new Embed { Fields = [new EmbedField { Name = new string('x', 257), Value = "v" }] }]) },
        { "embeds[0].fields[0].value", Msg(embeds: [new Embed { Fields = [new EmbedField { Name = "n", Value = new string('x', 1025) }] }]) },
        { "embeds[0].footer.text", Msg(embeds: [new Embed { Footer = new EmbedFooter { Text = new string('x', 2049) } }]) },
        { "embeds[0].author.name", Msg(embeds: [new Embed { Author = new EmbedAuthor { Name = new string('x', 257) } }]) },
        { "embeds", Msg(embeds: Enumerable.Repeat(new Embed { Description = new string('x', 4000) }, 2).ToArray()) },
        { "components", Msg(components: Enumerable.Repeat(Row(Button()), 6).ToArray()) },
        { "components[0].components", Msg(components: [Row(Enumerable.Repeat(Button(), 6).ToArray())]) },
        { "components[0].components[0].label", Msg(components: [Row(Button() with { Label = new string('x', 81) })]) },
        { "components[0].components[0].custom_id", Msg(components: [Row(Button() with { CustomId = new string('x', 101) })]) },
        { "components[0].components[0]", Msg(components: [Row(Button() with { Style = ButtonStyle.Link })]) },
        { "components[0].components[0]", Msg(components: [Row(new Button { Style = ButtonStyle.Link, Url = "https://example.org", CustomId = "x" })]) },
        { "components[0].components[0]", Msg(components: [Row(new Button { Style = ButtonStyle.Primary, Label = "no id" })]) },
    };

    [Theory]
    [MemberData(nameof(OverLimit))]
    public async Task AMessageOverALimitIsRejectedBeforeAnythingIsSent(string field, MessagePayload message)
    {
        await using var harness = await RestHarness.StartAsync();

        var error = await Should.ThrowAsync<DiscordLimitException>(() => harness.Client.CreateMessageAsync(Some.Channel, message, Some.Ct));
        await Should.ThrowAsync<DiscordLimitException>(() => harness.Client.CreateFollowupMessageAsync(Some.Application, "tok", message, Some.Ct));

        error.Field.ShouldBe(field);
        harness.Server.Rest.Requests.ShouldBeEmpty();
    }

    [Fact]
    public void AMessageAtEveryLimitIsAccepted()
    {
        var message = Msg(
            content: new string('x', DiscordLimits.MessageContentLength),
            embeds: [new Embed { Title = new string('t', 256), Description = new string('d', 4096), Fields = [new EmbedField { Name = "n", Value = new string('v', 1024) }], Footer = new EmbedFooter { Text = new string('f', 600) } }],
            components: Enumerable.Repeat(Row(Enumerable.Repeat(Button() with { Label = new string('l', 80), CustomId = new string('c', 100) }, 5).ToArray()), 5).ToArray());

        Should.NotThrow(() => MessageValidator.Validate(message));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AThreadWithoutANameIsRejectedBeforeAnythingIsSent(string name)
    {
        await using var harness = await RestHarness.StartAsync();

        await Should.ThrowAsync<DiscordLimitException>(() =>
            harness.Client.StartThreadFromMessageAsync(Some.Channel, new Snowflake(1), new StartThreadPayload { Name = name }, Some.Ct));

        harness.Server.Rest.Requests.ShouldBeEmpty();
    }

    private static MessagePayload Msg(string? content = null, Embed[]? embeds = null, ActionRow[]? components = null) =>
        new() { Content = content, Embeds = embeds, Components = components };

    private static ActionRow Row(params Button[] buttons) => new() { Components = buttons };

    private static Button Button() => new() { Style = ButtonStyle.Secondary, Label = "Sources", CustomId = "sources:1" };
}
