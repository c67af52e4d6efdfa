using VendorBot.Bot.Messages;
using VendorBot.Discord.Entities;

namespace VendorBot.Tests.Bot.Messages;

public sealed class MessageAddressingTests
{
    private static readonly Func<Snowflake, bool> NoThreads = _ => false;

    [Theory]
    [InlineData("<@999> did Vendor X comply?", "did Vendor X comply?")]
    [InlineData("<@!999>   what happened?  ", "what happened?")]
    [InlineData("so <@999> what now", "so   what now")]
    [InlineData("<@999>", "")]
    public void AMentionAddressesTheBotAndIsRemovedFromTheQuestion(string content, string question)
    {
        var message = Some.GuildMessage(content) with { Mentions = [Some.Bot()] };

        var addressed = MessageAddressing.Classify(message, Some.BotId, NoThreads);

        addressed.ShouldNotBeNull();
        addressed.Kind.ShouldBe(AddressKind.Mention);
        addressed.Question.ShouldBe(question);
    }

    [Fact]
    public void AGuildMessageThatDoesNotAddressTheBotIsIgnored() =>
        MessageAddressing.Classify(Some.GuildMessage("what about Vendor X?"), Some.BotId, NoThreads).ShouldBeNull();

    [Fact]
    public void AMentionOfSomeoneElseIsIgnored() =>
        MessageAddressing.Classify(Some.GuildMessage("<@123> hi") with { Mentions = [Some.Person(123)] }, Some.BotId, NoThreads).ShouldBeNull();

    [Fact]
    public void MessagesFromBotsAndFromTheBotItselfAreIgnored()
    {
        var otherBot = Some.Person(77) with { Bot = true };
        MessageAddressing.Classify(Some.DirectMessage("<@999> hi") with { Author = otherBot }, Some.BotId, NoThreads).ShouldBeNull();
        MessageAddressing.Classify(Some.DirectMessage("hi") with { Author = Some.Bot() with { Bot = false } }, Some.BotId, NoThreads).ShouldBeNull();
    }

    [Fact]
    public void ADirectMessageAddressesTheBot() =>
        MessageAddressing.Classify(Some.DirectMessage("hi"), Some.BotId, NoThreads)!.Kind.ShouldBe(AddressKind.DirectMessage);

    [Fact]
    public void AReplyToTheBotAddressesIt()
    {
        var answer = Some.GuildMessage("earlier answer", Some.Bot());
        var reply = Some.GuildMessage("and then?") with { Type = MessageType.Reply, ReferencedMessage = answer };

        MessageAddressing.Classify(reply, Some.BotId, NoThreads)!.Kind.ShouldBe(AddressKind.Reply);
    }

    [Fact]
    public void AReplyToSomeoneElseIsIgnored()
    {
        var other = Some.GuildMessage("a person's message", Some.Person(5));
        var reply = Some.GuildMessage("and then?") with { Type = MessageType.Reply, ReferencedMessage = other };

        MessageAddressing.Classify(reply, Some.BotId, NoThreads).ShouldBeNull();
    }

    [Fact]
    public void AMessageInABotThreadAddressesTheBot()
    {
        var thread = Some.Id();
        var message = Some.GuildMessage("follow-up", channel: thread);

        MessageAddressing.Classify(message, Some.BotId, id => id == thread)!.Kind.ShouldBe(AddressKind.Thread);
    }

    [Fact]
    public void SystemMessagesAreIgnored() =>
        MessageAddressing.Classify(Some.DirectMessage("x") with { Type = MessageType.ThreadCreated }, Some.BotId, NoThreads).ShouldBeNull();

    [Fact]
    public void InAnAutoAnswerChannelAnyMessageIsAQuestionButAMentionStillCountsAsAMention()
    {
        MessageAddressing.Classify(Some.GuildMessage("what about Vendor X?"), Some.BotId, NoThreads, autoAnswer: true)
            .ShouldNotBeNull().Kind.ShouldBe(AddressKind.Auto);
        MessageAddressing.Classify(Some.GuildMessage("<@999> what about Vendor X?") with { Mentions = [Some.Bot()] }, Some.BotId, NoThreads, autoAnswer: true)
            .ShouldNotBeNull().Kind.ShouldBe(AddressKind.Mention);
    }

    [Fact]
    public void InAnAutoAnswerChannelBotsAndEmptyMessagesAreStillIgnored()
    {
        MessageAddressing.Classify(Some.GuildMessage("what about Vendor X?", Some.Person(77) with { Bot = true }), Some.BotId, NoThreads, autoAnswer: true).ShouldBeNull();
        MessageAddressing.Classify(Some.GuildMessage("   "), Some.BotId, NoThreads, autoAnswer: true).ShouldBeNull();
    }
}
