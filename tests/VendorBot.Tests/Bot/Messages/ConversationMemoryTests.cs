using VendorBot.Answering;
using VendorBot.Bot.Messages;
using VendorBot.Discord.Entities;

namespace VendorBot.Tests.Bot.Messages;

public sealed class ConversationMemoryTests
{
    [Fact]
    public void AReplyCarriesTheWholeChainOldestFirst()
    {
        var memory = new ConversationMemory();
        var first = Some.Id();
        var second = Some.Id();
        memory.Remember(first, Some.Channel, new ConversationTurn("q1", "a1"), null);
        memory.Remember(second, Some.Channel, new ConversationTurn("q2", "a2"), first);
        var reply = Some.GuildMessage("q3") with { ReferencedMessage = Some.GuildMessage("a2", Some.Bot()) with { Id = second } };

        memory.HistoryFor(reply, Some.BotId, inBotThread: false, maxTurns: 4)
            .ShouldBe([new ConversationTurn("q1", "a1"), new ConversationTurn("q2", "a2")]);
    }

    [Fact]
    public void HistoryIsCappedAtTheNewestTurns()
    {
        var memory = new ConversationMemory();
        Snowflake? parent = null;
        for (var i = 1; i <= 5; i++)
        {
            var id = new Snowflake((ulong)i);
            memory.Remember(id, Some.Channel, new ConversationTurn($"q{i}", $"a{i}"), parent);
            parent = id;
        }

        var reply = Some.GuildMessage("q6") with { ReferencedMessage = Some.GuildMessage("a5", Some.Bot()) with { Id = new Snowflake(5) } };

        memory.HistoryFor(reply, Some.BotId, false, 2).Select(t => t.Question).ShouldBe(["q4", "q5"]);
    }

    [Fact]
    public void AReplyToAForgottenAnswerStillCarriesThatAnswersText()
    {
        var memory = new ConversationMemory(capacity: 1);
        memory.Remember(new Snowflake(1), Some.Channel, new ConversationTurn("q1", "a1"), null);
        memory.Remember(new Snowflake(2), Some.Channel, new ConversationTurn("q2", "a2"), null);
        var reply = Some.GuildMessage("more?") with { ReferencedMessage = Some.GuildMessage("a1 as posted", Some.Bot()) with { Id = new Snowflake(1) } };

        memory.HistoryFor(reply, Some.BotId, false, 4).ShouldBe([new ConversationTurn("", "a1 as posted")]);
    }

    [Fact]
    public void AMessageInABotThreadCarriesTheThreadsLatestAnswers()
    {
        var memory = new ConversationMemory();
        var thread = Some.Id();
        memory.Remember(Some.Id(), thread, new ConversationTurn("q1", "a1"), null);
        memory.Remember(Some.Id(), Some.Channel, new ConversationTurn("elsewhere", "x"), null);
        memory.Remember(Some.Id(), thread, new ConversationTurn("q2", "a2"), null);

        memory.HistoryFor(Some.GuildMessage("q3", channel: thread), Some.BotId, true, 4).Select(t => t.Question).ShouldBe(["q1", "q2"]);
        memory.HistoryFor(Some.GuildMessage("q3", channel: thread), Some.BotId, false, 4).ShouldBeEmpty();
    }
}
