namespace VendorBot.Tests.EndToEnd;

public sealed class ClaimCommandsTests
{
    [Fact]
    public async Task VendorsListsEachVendorWithItsDocumentCountAndDates()
    {
        await using var bot = await BotHarness.StartAsync();
        var vendors = BotHarness.Command("vendors");

        await bot.SendAsync(vendors);
        var callback = await bot.WaitForCallbackAsync(vendors);

        var content = callback["data"]!["content"]!.GetValue<string>();
        content.ShouldStartWith("**Vendors covered by my sources:**");
        content.ShouldContain("• **Huawei** — 1 document, 2019-08-20");
        content.ShouldContain("• **Acme** — 1 document, 2021-03-02");
        callback["data"]!["flags"]!.GetValue<int>().ShouldBe(64);
    }

    [Fact]
    public async Task ClaimsGroupsTheVendorsStatementsByStanceWithActorAndSource()
    {
        await using var bot = await BotHarness.StartAsync();
        var claims = BotHarness.Command("claims", new Dictionary<string, string> { ["vendor"] = "huawei", ["topic"] = "backdoor" });

        await bot.SendAsync(claims);
        var content = (await bot.WaitForCallbackAsync(claims))["data"]!["content"]!.GetValue<string>();

        content.ShouldStartWith("**Claims about Huawei on “backdoor”:**");
        content.ShouldContain("**Denied**\n• Huawei: “Huawei denied the claims and said there is no evidence that it installed a backdoor.”");
        content.ShouldContain("(2019-08-20)");
        content.ShouldContain("**Reported**\n• BES:");
        content.IndexOf("**Denied**", StringComparison.Ordinal).ShouldBeLessThan(content.IndexOf("**Reported**", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClaimsAboutAnUnknownVendorSaysWhichVendorsAreCovered()
    {
        await using var bot = await BotHarness.StartAsync();
        var claims = BotHarness.Command("claims", new Dictionary<string, string> { ["vendor"] = "Zentrix" });

        await bot.SendAsync(claims);
        var content = (await bot.WaitForCallbackAsync(claims))["data"]!["content"]!.GetValue<string>();

        content.ShouldStartWith("No document is about “Zentrix”. Vendors covered:");
        content.ShouldContain("Huawei");
    }
}
