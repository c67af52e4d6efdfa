namespace VendorBot.Tests.EndToEnd;

public sealed class TimelineCommandTests
{
    [Fact]
    public async Task TimelineListsTheVendorsClaimsOldestFirstWithTheirDatedSources()
    {
        await using var bot = await BotHarness.StartAsync();
        var timeline = BotHarness.Command("timeline", new Dictionary<string, string> { ["vendor"] = "Huawei" });

        await bot.SendAsync(timeline);
        var callback = await bot.WaitForCallbackAsync(timeline);

        callback["type"]!.GetValue<int>().ShouldBe(4);
        var content = callback["data"]!["content"]!.GetValue<string>();
        content.ShouldStartWith("**Timeline of Huawei** (oldest first, page 1/1, 4 entries)");
        content.ShouldContain("**2019** — Huawei (denies): “Huawei denied the claims");
        content.ShouldContain("*Huawei wanted a backdoor in Lahore's safer-cities project, says BES* (2019-08-20)");
        content.IndexOf("BES (reports)", StringComparison.Ordinal).ShouldBeLessThan(content.IndexOf("Huawei (denies)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APageButtonReplacesTheMessageWithThatPage()
    {
        await using var bot = await BotHarness.StartAsync();
        var next = BotHarness.Button("vbt:3:Huawei");

        await bot.SendAsync(next);
        var callback = await bot.WaitForCallbackAsync(next);

        callback["type"]!.GetValue<int>().ShouldBe(7);
        callback["data"]!["content"]!.GetValue<string>().ShouldStartWith("**Timeline of Huawei** (oldest first, page 1/1");
    }

    [Fact]
    public async Task TimelineOfAnUnknownVendorSaysWhichVendorsAreCovered()
    {
        await using var bot = await BotHarness.StartAsync();
        var timeline = BotHarness.Command("timeline", new Dictionary<string, string> { ["vendor"] = "Zentrix" });

        await bot.SendAsync(timeline);
        var content = (await bot.WaitForCallbackAsync(timeline))["data"]!["content"]!.GetValue<string>();

        content.ShouldStartWith("No document is about “Zentrix”. Vendors covered:");
    }
}
