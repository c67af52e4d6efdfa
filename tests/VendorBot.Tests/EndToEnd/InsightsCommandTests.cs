using VendorBot.Discord.Entities;

namespace VendorBot.Tests.EndToEnd;

public sealed class InsightsCommandTests
{
    [Fact]
    public async Task InsightsShowAnAdminTheQuestionsTheSourcesDidNotCoverInAnEphemeralEmbed()
    {
        await using var bot = await BotHarness.StartAsync();
        var question = BotHarness.Question("What is the weather in Vilnius?");
        await bot.SendAsync(question);
        await bot.WaitForReplyAsync(question);
        var insights = BotHarness.Command("insights", new Dictionary<string, string> { ["days"] = "3" }, Permissions.ManageGuild);

        await bot.SendAsync(insights);
        var callback = await bot.WaitForCallbackAsync(insights);

        callback["data"]!["flags"]!.GetValue<int>().ShouldBe(64);
        var embed = callback["data"]!["embeds"]!.AsArray()[0]!;
        embed["description"]!.GetValue<string>().ShouldStartWith("1 question: 0 answered, 1 not covered, 0 refused.");
        embed["fields"]!.AsArray()[0]!["value"]!.GetValue<string>().ShouldContain("“What is the weather in Vilnius?”");
        embed["fields"]!.AsArray()[3]!["value"]!.GetValue<string>().Split('\n').Length.ShouldBe(3);
        bot.Server.Rest.TakeViolations().ShouldBeEmpty();
    }

    [Fact]
    public async Task InsightsAreRefusedToAMember()
    {
        await using var bot = await BotHarness.StartAsync();
        var insights = BotHarness.Command("insights");

        await bot.SendAsync(insights);
        var callback = await bot.WaitForCallbackAsync(insights);

        callback["data"]!["content"]!.GetValue<string>().ShouldContain("only server admins (Manage Server) can see the insights");
    }
}
