using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using VendorBot.Discord.Entities;

namespace VendorBot.Tests.EndToEnd;

public sealed class SettingsTests
{
    private const string Covered = "What did Huawei threaten BES with?";
    private const string NotCovered = "Which bakery in Oslo sells the best cinnamon buns?";

    [Fact]
    public async Task AnAdminTurnsOnAutoAnswerAndAnUnmentionedMessageThereIsAnswered()
    {
        await using var bot = await BotHarness.StartAsync();

        var confirmation = await ChangeAsync(bot, new() { ["auto_answer"] = true });
        var question = BotHarness.Question(Covered, mention: false);
        await bot.SendAsync(question);

        confirmation.ShouldContain("auto_answer: **on**");
        (await bot.WaitForReplyAsync(question))["content"]!.GetValue<string>().ShouldContain("cancel the deal");
    }

    [Fact]
    public async Task APostInAThreadOfAnAutoAnswerForumIsAnswered()
    {
        await using var bot = await BotHarness.StartAsync();
        await ChangeAsync(bot, new() { ["auto_answer"] = true });
        var post = BotHarness.NextId();
        var question = BotHarness.Question(Covered, channel: post, mention: false);
        var elsewhere = BotHarness.Question(Covered, channel: BotHarness.NextId(), mention: false);

        await bot.CreateThreadAsync(post, BotHarness.Channel);
        await bot.SendAsync(elsewhere);
        await bot.SendAsync(question);

        (await bot.WaitForReplyAsync(question))["content"]!.GetValue<string>().ShouldContain("cancel the deal");
        bot.RepliesTo(elsewhere).ShouldBeEmpty();
    }

    [Fact]
    public async Task AutoAnsweredChatterOverTheFloodLimitIsDroppedWithoutANotice()
    {
        await using var bot = await BotHarness.StartAsync(new Dictionary<string, string?> { ["Bot:UserQuestionsPerWindow"] = "1" });
        await ChangeAsync(bot, new() { ["auto_answer"] = true });
        var first = BotHarness.Question(Covered, mention: false);
        var chatter = BotHarness.Question(Covered, mention: false);
        var other = BotHarness.Question(Covered, user: 43, mention: false);

        await bot.SendAsync(first);
        await bot.SendAsync(chatter);
        await bot.SendAsync(other);
        await bot.WaitForReplyAsync(first);
        await bot.WaitForReplyAsync(other);

        bot.Logs.GetSnapshot().ShouldContain(r => r.Message.StartsWith("Flood control refused", StringComparison.Ordinal));
        bot.RepliesTo(chatter).ShouldBeEmpty();
    }

    [Fact]
    public async Task AMemberIsRefusedPolitelyAndTheSettingsStayAsTheyWere()
    {
        await using var bot = await BotHarness.StartAsync();

        var refusal = await SettingsAsync(bot, new() { ["auto_answer"] = true }, Permissions.SendMessages | Permissions.ManageMessages);
        var shown = await ChangeAsync(bot, []);

        refusal["type"]!.GetValue<int>().ShouldBe(4);
        refusal["data"]!["flags"]!.GetValue<int>().ShouldBe(64);
        refusal["data"]!["content"]!.GetValue<string>().ShouldContain("only server admins");
        shown.ShouldStartWith("Settings for this channel:");
        shown.ShouldContain("auto_answer: **off**");
    }

    [Fact]
    public async Task AskAnswersOnlyTheAskerOnceTheChannelIsEphemeral()
    {
        await using var bot = await BotHarness.StartAsync();
        await ChangeAsync(bot, new() { ["ephemeral"] = true });
        var ask = BotHarness.Command("ask", new Dictionary<string, string> { ["question"] = Covered });

        await bot.SendAsync(ask);
        var edit = await bot.WaitForEditAsync(ask);

        JsonNode.Parse(bot.RequestsFor(ask)[0].Body)!["data"]!["flags"]!.GetValue<int>().ShouldBe(64);
        edit["content"]!.GetValue<string>().ShouldContain("[1]");
    }

    [Fact]
    public async Task TheVendorScopeDecidesWhichSourcesAnswer()
    {
        await using var bot = await BotHarness.StartAsync();
        var confirmation = await ChangeAsync(bot, new() { ["vendors"] = "acme" });
        var outside = BotHarness.Question(Covered);
        var inside = BotHarness.Question("What was alleged about the firmware?");
        var askOutside = BotHarness.Command("ask", new Dictionary<string, string> { ["question"] = Covered, ["vendor"] = "Huawei" });

        await bot.SendAsync(outside);
        await bot.SendAsync(inside);
        await bot.SendAsync(askOutside);

        confirmation.ShouldContain("vendors: Acme");
        (await bot.WaitForReplyAsync(outside)).ToJsonString().ShouldNotContain("cancel the deal");
        (await bot.WaitForReplyAsync(inside))["embeds"]![0]!["description"]!.GetValue<string>().ShouldContain("acme-sanctions");
        (await bot.WaitForEditAsync(askOutside))["content"]!.GetValue<string>().ShouldContain("This channel only covers Acme");
    }

    [Fact]
    public async Task AnUnknownVendorIsRefusedAndNothingChanges()
    {
        await using var bot = await BotHarness.StartAsync();

        var refusal = await ChangeAsync(bot, new() { ["vendors"] = "Acme, Initech", ["auto_answer"] = true });
        var shown = await ChangeAsync(bot, []);

        refusal.ShouldContain("no vendor named Initech");
        shown.ShouldContain("auto_answer: **off**");
        shown.ShouldContain("vendors: all vendors");
    }

    [Fact]
    public async Task ACitedOnlyChannelStaysSilentWhenTheSourcesDoNotCoverAnAutoAnsweredMessage()
    {
        await using var bot = await BotHarness.StartAsync();
        await ChangeAsync(bot, new() { ["auto_answer"] = true, ["cited_only"] = true });
        var uncovered = BotHarness.Question(NotCovered, mention: false);
        var covered = BotHarness.Question(Covered, mention: false);

        await bot.SendAsync(uncovered);
        await bot.WaitUntilAsync(() => bot.Logs.GetSnapshot().Any(r => r.Message.StartsWith("Withheld answer", StringComparison.Ordinal)), "a withheld answer");
        await bot.SendAsync(covered);
        await bot.WaitForReplyAsync(covered);

        bot.RepliesTo(uncovered).ShouldBeEmpty();
        bot.Server.Rest.RequestsTo("PATCH", "channels/*/messages/*").ShouldBeEmpty();
    }

    [Fact]
    public async Task SettingsSurviveAHostRestartOverTheSameDatabaseFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "vendorbot-e2e-settings-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var sameDatabase = new Dictionary<string, string?> { ["Knowledge:DatabasePath"] = Path.Combine(folder, "vendorbot.db") };
        try
        {
            await using (var first = await BotHarness.StartAsync(sameDatabase))
            {
                await ChangeAsync(first, new() { ["auto_answer"] = true, ["vendors"] = "Huawei" });
            }

            await using var second = await BotHarness.StartAsync(sameDatabase);
            var question = BotHarness.Question(Covered, mention: false);
            await second.SendAsync(question);

            (await second.WaitForReplyAsync(question))["content"]!.GetValue<string>().ShouldContain("cancel the deal");
            (await ChangeAsync(second, [])).ShouldContain("vendors: Huawei");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs <c>/settings</c> as an admin (Manage Server); the ephemeral reply's text.</summary>
    internal static async Task<string> ChangeAsync(BotHarness bot, Dictionary<string, object> options)
    {
        var callback = await SettingsAsync(bot, options, Permissions.ManageGuild);
        callback["data"]!["flags"]!.GetValue<int>().ShouldBe(64);
        return callback["data"]!["content"]!.GetValue<string>();
    }

    internal static async Task<JsonObject> SettingsAsync(BotHarness bot, Dictionary<string, object> options, Permissions permissions)
    {
        var command = BotHarness.CommandWith("settings", options, permissions);
        await bot.SendAsync(command);
        return await bot.WaitForCallbackAsync(command);
    }
}
