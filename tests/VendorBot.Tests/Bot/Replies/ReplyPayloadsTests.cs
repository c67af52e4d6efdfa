using VendorBot.Bot;
using VendorBot.Bot.Formatting;
using VendorBot.Bot.Replies;
using VendorBot.Discord.Entities;

namespace VendorBot.Tests.Bot.Replies;

public sealed class ReplyPayloadsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AnAnswerPartWithNothingInItSaysSoInsteadOfBeingEmpty(string text)
    {
        var answer = new FormattedAnswer([text], null, null);

        var payload = ReplyPayloads.Part(answer, answer.Parts, 0, AllowedMentions.None);

        payload.Content.ShouldBe(BotMessages.EmptyAnswer);
    }

    [Fact]
    public void AnEmptyTextBesideTheSourcesEmbedStaysAsItIs()
    {
        var answer = new FormattedAnswer([""], new Embed { Title = "Sources" }, null);

        var payload = ReplyPayloads.Part(answer, answer.Parts, 0, AllowedMentions.None);

        payload.Content.ShouldBe("");
        payload.Embeds.ShouldHaveSingleItem();
    }

    [Fact]
    public void AnEmptyNoticeGetsTheFallbackText() => ReplyPayloads.Ephemeral(" ").Content.ShouldBe(BotMessages.EmptyAnswer);
}
