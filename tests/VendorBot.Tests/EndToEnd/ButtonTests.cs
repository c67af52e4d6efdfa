using Microsoft.Extensions.DependencyInjection;
using VendorBot.Answering.Log;

namespace VendorBot.Tests.EndToEnd;

public sealed class ButtonTests
{
    [Fact]
    public async Task TheSourcesButtonShowsTheQuotedPassagesEphemerally()
    {
        await using var bot = await BotHarness.StartAsync();
        var question = BotHarness.Question("What did Huawei threaten BES with?");
        await bot.SendAsync(question);
        var reply = await bot.WaitForReplyAsync(question);
        var sourcesId = reply["components"]![0]!["components"]![0]!["custom_id"]!.GetValue<string>();

        var press = BotHarness.Button(sourcesId);
        await bot.SendAsync(press);
        var callback = await bot.WaitForCallbackAsync(press);

        callback["data"]!["flags"]!.GetValue<int>().ShouldBe(64);
        callback["data"]!["embeds"]![0]!["description"]!.GetValue<string>().ShouldContain("cancel the deal");
    }

    [Fact]
    public async Task VotesAreStoredOncePerUserAndCanBeChanged()
    {
        await using var bot = await BotHarness.StartAsync();
        var question = BotHarness.Question("What did Huawei threaten BES with?");
        await bot.SendAsync(question);
        var buttons = (await bot.WaitForReplyAsync(question))["components"]![0]!["components"]!.AsArray();
        var helpful = buttons[1]!["custom_id"]!.GetValue<string>();
        var notHelpful = buttons[2]!["custom_id"]!.GetValue<string>();

        foreach (var press in new[] { BotHarness.Button(helpful, user: 1), BotHarness.Button(helpful, user: 1), BotHarness.Button(helpful, user: 2), BotHarness.Button(notHelpful, user: 2) })
        {
            await bot.SendAsync(press);
            await bot.WaitForCallbackAsync(press);
        }

        var answerId = helpful.Split(':')[2];
        var tally = await bot.Host.Services.GetRequiredService<IAnswerLog>().GetFeedbackAsync(answerId, TestContext.Current.CancellationToken);
        tally.ShouldBe(new FeedbackTally(1, 1));
    }

    [Fact]
    public async Task ADuplicateDeliveryOfAnInteractionIsAnsweredOnce()
    {
        await using var bot = await BotHarness.StartAsync();
        var help = BotHarness.Command("help");

        await bot.SendAsync(help);
        await bot.SendAsync(help);
        await bot.WaitForCallbackAsync(help);
        var marker = BotHarness.Command("help");
        await bot.SendAsync(marker);
        await bot.WaitForCallbackAsync(marker);

        bot.RequestsFor(help).Count.ShouldBe(1);
    }
}
