using System.Text.Json.Nodes;
using VendorBot.Discord.Entities;

namespace VendorBot.Tests.EndToEnd;

public sealed class SourcesAndReindexTests
{
    private static readonly Dictionary<string, string> NoOptions = [];

    [Fact]
    public async Task SourcesWithoutAQueryShowsTheLatestAnswersSourcesEvenAfterAReindexRemovedTheDocument()
    {
        await using var bot = await BotHarness.StartAsync();
        var question = BotHarness.Question("What was alleged about Acme's firmware telemetry?");
        await bot.SendAsync(question);
        await bot.WaitForReplyAsync(question);
        await bot.LatestAnswerAsync();
        File.Delete(Path.Combine(bot.DocumentsFolder, BotFixtureDocuments.AcmeFile));
        var reindex = BotHarness.Command("reindex", NoOptions, Permissions.ManageGuild);
        await bot.SendAsync(reindex);
        (await bot.WaitForEditAsync(reindex))["content"]!.GetValue<string>().ShouldContain("1 removed");

        var sources = BotHarness.Command("sources");
        await bot.SendAsync(sources);
        var edit = await bot.WaitForEditAsync(sources);

        JsonNode.Parse(bot.RequestsFor(sources)[0].Body)!["data"]!["flags"]!.GetValue<int>().ShouldBe(64);
        var embed = edit["embeds"]!.AsArray()[0]!;
        embed["title"]!.GetValue<string>().ShouldContain("Acme Routers");
        embed["description"]!.GetValue<string>().ShouldStartWith("> ");
        embed["description"]!.GetValue<string>().ShouldContain("telemetry");
    }

    [Fact]
    public async Task SourcesWithAQueryShowsTheMatchingPassages()
    {
        await using var bot = await BotHarness.StartAsync();
        var sources = BotHarness.Command("sources", new Dictionary<string, string> { ["query"] = "Suzhou duplicate network" });

        await bot.SendAsync(sources);
        var edit = await bot.WaitForEditAsync(sources);

        edit["embeds"]!.AsArray()[0]!["description"]!.GetValue<string>().ShouldContain("Suzhou");
        edit["embeds"]!.AsArray()[0]!["url"]!.GetValue<string>().ShouldBe("https://example.org/huawei-lahore");
    }

    [Fact]
    public async Task ReindexIsRefusedForAMemberEvenWhenDiscordsDefaultWasBypassed()
    {
        await using var bot = await BotHarness.StartAsync();
        var reindex = BotHarness.Command("reindex", NoOptions, Permissions.SendMessages | Permissions.ManageMessages);

        await bot.SendAsync(reindex);
        var callback = await bot.WaitForCallbackAsync(reindex);

        callback["type"]!.GetValue<int>().ShouldBe(4);
        callback["data"]!["flags"]!.GetValue<int>().ShouldBe(64);
        callback["data"]!["content"]!.GetValue<string>().ShouldContain("only server admins");
    }

    [Fact]
    public async Task ReindexByAnAdministratorReportsTheCountsEphemerally()
    {
        await using var bot = await BotHarness.StartAsync();
        await File.WriteAllTextAsync(Path.Combine(bot.DocumentsFolder, "new.md"), "---\ntitle: New\nvendors: [Zeta]\n---\nZeta was accused of nothing at all.", TestContext.Current.CancellationToken);
        var reindex = BotHarness.Command("reindex", NoOptions, Permissions.Administrator);

        await bot.SendAsync(reindex);
        var edit = await bot.WaitForEditAsync(reindex);

        JsonNode.Parse(bot.RequestsFor(reindex)[0].Body)!["data"]!["flags"]!.GetValue<int>().ShouldBe(64);
        edit["content"]!.GetValue<string>().ShouldContain("1 added, 0 updated, 0 removed, 2 unchanged, 0 failed");
    }

    [Fact]
    public async Task CommandsAreRegisteredInTheGuildWithReindexAndSettingsLimitedToManageGuild()
    {
        await using var bot = await BotHarness.StartAsync();

        var put = bot.Server.Rest.RequestsTo("PUT", "applications/*/guilds/500/commands").ShouldHaveSingleItem();
        var commands = JsonNode.Parse(put.Body)!.AsArray();
        commands.Select(c => c!["name"]!.GetValue<string>()).ShouldBe(["ask", "sources", "reindex", "help", "vendors", "timeline", "claims", "settings", "documents", "insights", "feeds"]);
        commands.Single(c => c!["name"]!.GetValue<string>() == "settings")!["default_member_permissions"]!.GetValue<string>().ShouldBe("32");
        commands.Single(c => c!["name"]!.GetValue<string>() == "reindex")!["default_member_permissions"]!.GetValue<string>().ShouldBe("32");
        commands.Single(c => c!["name"]!.GetValue<string>() == "documents")!["default_member_permissions"]!.GetValue<string>().ShouldBe("32");
        var feeds = commands.Single(c => c!["name"]!.GetValue<string>() == "feeds")!;
        feeds["default_member_permissions"]!.GetValue<string>().ShouldBe("32");
        feeds["contexts"]!.AsArray().Select(c => c!.GetValue<int>()).ShouldBe([0]);
    }

    [Fact]
    public async Task HelpSaysWhatTheBotCoversAndThatItAnswersOnlyFromItsSources()
    {
        await using var bot = await BotHarness.StartAsync();
        var help = BotHarness.Command("help");

        await bot.SendAsync(help);
        var content = (await bot.WaitForCallbackAsync(help))["data"]!["content"]!.GetValue<string>();

        content.ShouldContain("only from my curated sources");
        content.ShouldContain("2 documents about Acme, Huawei");
        content.ShouldContain("/ask");
    }
}
