using System.Text.Json.Nodes;

namespace VendorBot.Tests.EndToEnd;

public sealed class AskCommandTests
{
    [Fact]
    public async Task AskIsDeferredAtOnceThenTheAnswerReplacesTheDeferredResponse()
    {
        await using var bot = await BotHarness.StartAsync();
        var ask = BotHarness.Command("ask", new Dictionary<string, string> { ["question"] = "Where is the duplicate of Pakistan's network located?" });

        await bot.SendAsync(ask);
        var edit = await bot.WaitForEditAsync(ask);

        var requests = bot.RequestsFor(ask);
        requests[0].Path.ShouldEndWith("/callback");
        JsonNode.Parse(requests[0].Body)!["type"]!.GetValue<int>().ShouldBe(5);
        requests[1].Method.ShouldBe("PATCH");
        requests[1].Path.ShouldEndWith("messages/@original");
        edit["content"]!.GetValue<string>().ShouldContain("Suzhou");
        edit["content"]!.GetValue<string>().ShouldContain("[1]");
        edit["allowed_mentions"]!["parse"]!.AsArray().ShouldBeEmpty();
        edit["embeds"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task AskWithAVendorOnlyUsesThatVendorsSources()
    {
        await using var bot = await BotHarness.StartAsync();
        var ask = BotHarness.Command("ask", new Dictionary<string, string> { ["question"] = "What was alleged about the firmware?", ["vendor"] = "Acme" });

        await bot.SendAsync(ask);
        var edit = await bot.WaitForEditAsync(ask);

        edit["embeds"]![0]!["description"]!.GetValue<string>().ShouldContain("acme-sanctions");
        edit["embeds"]![0]!["description"]!.GetValue<string>().ShouldNotContain("huawei-lahore");
    }

    [Fact]
    public async Task VendorAutocompleteWithTheFocusedOptionAfterTheQuestionSuggestsMatchingVendors()
    {
        await using var bot = await BotHarness.StartAsync();
        var typing = BotHarness.Autocomplete("ask", ("question", "What was alleged"), ("vendor", "ac"));

        await bot.SendAsync(typing);
        var callback = await bot.WaitForCallbackAsync(typing);

        callback["type"]!.GetValue<int>().ShouldBe(8);
        callback["data"]!["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()).ShouldBe(["Acme"]);
    }
}

