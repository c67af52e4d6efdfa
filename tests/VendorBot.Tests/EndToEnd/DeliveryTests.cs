using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using VendorBot.Answering;

namespace VendorBot.Tests.EndToEnd;

public sealed class DeliveryTests
{
    [Fact]
    public async Task AVeryLongAnswerIsSplitCleanlyWithTheSourcesOnTheLastPart()
    {
        var sentence = "Vendor X was accused of hiding a backdoor in its firmware, which it denied [1]. ";
        var scripted = new ScriptedAnswerService { Text = string.Concat(Enumerable.Repeat(sentence, 80)) };
        await using var bot = await BotHarness.StartAsync(services: s => s.AddSingleton<IAnswerService>(scripted));
        var question = BotHarness.Question("Tell me everything");

        await bot.SendAsync(question);
        await bot.WaitUntilAsync(() => bot.Posted().Count >= 4, "all parts");

        var parts = bot.Posted().Select(p => p.Body).ToList();
        parts.Count.ShouldBe(4);
        parts.ShouldAllBe(p => p["content"]!.GetValue<string>().Length <= 2000);
        parts.ShouldAllBe(p => p["content"]!.GetValue<string>().EndsWith("[1].", StringComparison.Ordinal));
        parts.ShouldAllBe(p => p["allowed_mentions"]!["parse"]!.AsArray().Count == 0);
        parts[0]["message_reference"]!["message_id"]!.GetValue<string>().ShouldBe(question.Id.ToString());
        parts[1]["message_reference"].ShouldBeNull();
        parts[^1]["embeds"]!.AsArray().Count.ShouldBe(1);
        parts[0]["embeds"]!.AsArray().ShouldBeEmpty();
        string.Concat(parts.Select(p => p["content"]!.GetValue<string>())).Replace(" ", "", StringComparison.Ordinal)
            .ShouldBe(scripted.Text.Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AStreamedAnswerIsEditedProgressivelyAtMostOncePerInterval()
    {
        var scripted = new ScriptedAnswerService { Partials = ["Vendor", "Vendor X was", "Vendor X was accused"], Text = "Vendor X was accused [1]." };
        await using var bot = await BotHarness.StartAsync(services: s => s.AddSingleton<IAnswerService>(scripted));
        var question = BotHarness.Question("stream please");

        await bot.SendAsync(question);
        await bot.WaitUntilAsync(() => bot.Server.Rest.RequestsTo("PATCH", "channels/*/messages/*").Count > 0, "the final edit");

        var first = bot.RepliesTo(question).ShouldHaveSingleItem().Body;
        first["content"]!.GetValue<string>().ShouldBe("Vendor");
        var edit = JsonNode.Parse(bot.Server.Rest.RequestsTo("PATCH", "channels/*/messages/*").ShouldHaveSingleItem().Body)!;
        edit["content"]!.GetValue<string>().ShouldBe("Vendor X was accused [1].");
        edit["embeds"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task AnAnswerThatTimesOutGetsAnApologyWithAnErrorIdThatIsInTheLog()
    {
        var scripted = new ScriptedAnswerService { Gate = new TaskCompletionSource() };
        await using var bot = await BotHarness.StartAsync(
            new Dictionary<string, string?> { ["Bot:AnswerTimeout"] = "00:00:01" },
            services: s => s.AddSingleton<IAnswerService>(scripted));
        var question = BotHarness.Question("will this time out?");

        await bot.SendAsync(question);
        var reply = (await bot.WaitForReplyAsync(question))["content"]!.GetValue<string>();

        reply.ShouldStartWith("Sorry, that took too long");
        var errorId = reply.Split('`')[1];
        bot.Logs.GetSnapshot().ShouldContain(r => r.Message.Contains(errorId, StringComparison.Ordinal) && r.Level == Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Fact]
    public async Task FloodControlRepliesPolitelyOnceAndAnswersTheRest()
    {
        await using var bot = await BotHarness.StartAsync(new Dictionary<string, string?> { ["Bot:UserQuestionsPerWindow"] = "2" });
        var questions = Enumerable.Range(0, 4).Select(_ => BotHarness.Question("What did Huawei threaten BES with?")).ToList();

        foreach (var question in questions)
        {
            await bot.SendAsync(question);
        }

        await bot.WaitUntilAsync(() => questions.Take(3).All(q => bot.RepliesTo(q).Count > 0), "two answers and a flood reply");
        var other = BotHarness.Question("What did Huawei threaten BES with?", user: 43);
        await bot.SendAsync(other);
        await bot.WaitForReplyAsync(other);

        bot.RepliesTo(questions[0])[0].Body["content"]!.GetValue<string>().ShouldContain("[1]");
        bot.RepliesTo(questions[2])[0].Body["content"]!.GetValue<string>().ShouldContain("please try again in");
        bot.RepliesTo(questions[3]).ShouldBeEmpty();
    }

    [Fact]
    public async Task ADuplicateDeliveryOfAMessageIsAnsweredOnce()
    {
        await using var bot = await BotHarness.StartAsync();
        var question = BotHarness.Question("What did Huawei threaten BES with?");
        var marker = BotHarness.Question("Where is the duplicate of Pakistan's network located?");

        await bot.SendAsync(question);
        await bot.SendAsync(question);
        await bot.SendAsync(marker);
        await bot.WaitForReplyAsync(marker);
        await bot.WaitForReplyAsync(question);

        bot.RepliesTo(question).Count.ShouldBe(1);
    }
}
