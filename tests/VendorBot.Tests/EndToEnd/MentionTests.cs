using VendorBot.Discord.Entities;

namespace VendorBot.Tests.EndToEnd;

public sealed class MentionTests
{
    [Fact]
    public async Task AMentionGetsACitedReplyThatCannotPingAnyone()
    {
        await using var bot = await BotHarness.StartAsync();
        var question = BotHarness.Question("What did Huawei threaten BES with? @everyone");

        await bot.SendAsync(question);
        var reply = await bot.WaitForReplyAsync(question);

        reply["content"]!.GetValue<string>().ShouldContain("[1]");
        reply["content"]!.GetValue<string>().ShouldContain("cancel the deal");
        var mentions = reply["allowed_mentions"]!.AsObject();
        mentions["parse"]!.AsArray().ShouldBeEmpty();
        mentions["replied_user"]!.GetValue<bool>().ShouldBeFalse();
        var embed = reply["embeds"]!.AsArray().Single()!;
        embed["description"]!.GetValue<string>().ShouldContain("https://example.org/huawei-lahore");
        reply["components"]![0]!["components"]!.AsArray().Select(b => b!["label"]!.GetValue<string>()).ShouldBe(["Sources", "Helpful", "Not helpful"]);
        bot.Server.Rest.RequestsTo("POST", "channels/*/typing").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task GuildMessagesThatDoNotAddressTheBotAndBotMessagesAreIgnored()
    {
        await using var bot = await BotHarness.StartAsync();
        var chatter = BotHarness.Question("What did Huawei threaten BES with?", mention: false);
        var otherBot = BotHarness.FromAnotherBot("What did Huawei threaten BES with?");
        var addressed = BotHarness.Question("What did Huawei threaten BES with?");

        await bot.SendAsync(chatter);
        await bot.SendAsync(otherBot);
        await bot.SendAsync(addressed);
        await bot.WaitForReplyAsync(addressed);

        bot.RepliesTo(chatter).ShouldBeEmpty();
        bot.RepliesTo(otherBot).ShouldBeEmpty();
    }

    [Fact]
    public async Task ADirectMessageIsAnswered()
    {
        await using var bot = await BotHarness.StartAsync();
        var dm = BotHarness.DirectMessage("Where is the duplicate of Pakistan's network located?", new Snowflake(601));

        await bot.SendAsync(dm);

        (await bot.WaitForReplyAsync(dm))["content"]!.GetValue<string>().ShouldContain("Suzhou");
    }

    [Fact]
    public async Task AReplyToAnAnswerCarriesTheConversation()
    {
        await using var bot = await BotHarness.StartAsync();
        var first = BotHarness.Question("What did Huawei threaten BES with?");
        await bot.SendAsync(first);
        var answer = await bot.WaitForReplyAsync(first);
        var answered = await bot.LatestAnswerAsync();
        var followUp = BotHarness.Reply("Did they deny it?", Snowflake.Parse(answered.MessageId!), answer["content"]!.GetValue<string>());

        await bot.SendAsync(followUp);
        var reply = await bot.WaitForReplyAsync(followUp);

        reply["content"]!.GetValue<string>().ShouldContain("[1]");
        (await bot.StandaloneQuestionAsync("Did they deny it?")).ShouldContain("Huawei");
    }
}
