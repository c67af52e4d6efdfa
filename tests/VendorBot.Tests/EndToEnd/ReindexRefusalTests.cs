using VendorBot.Discord.Entities;
using VendorBot.Knowledge.Indexing;

namespace VendorBot.Tests.EndToEnd;

public sealed class ReindexRefusalTests
{
    private static readonly Dictionary<string, string> NoOptions = [];

    [Fact]
    public async Task ReindexOverAnEmptiedFolderIsRefusedAndTellsTheAdminWhy()
    {
        await using var bot = await BotHarness.StartAsync();
        File.Delete(Path.Combine(bot.DocumentsFolder, BotFixtureDocuments.AcmeFile));
        File.Delete(Path.Combine(bot.DocumentsFolder, BotFixtureDocuments.LahoreFile));
        var reindex = BotHarness.Command("reindex", NoOptions, Permissions.ManageGuild);

        await bot.SendAsync(reindex);
        var content = (await bot.WaitForEditAsync(reindex))["content"]!.GetValue<string>();

        content.ShouldStartWith("I didn't reindex: that would remove all 2 indexed documents: their files are not in ");
        content.ShouldContain("nothing was changed");
        content.ShouldContain("`vendorbot index --allow-removal`");
        var question = BotHarness.Question("What was alleged about Acme's firmware telemetry?");
        await bot.SendAsync(question);
        (await bot.WaitForReplyAsync(question))["content"]!.GetValue<string>().ShouldContain("[1]");
    }

    [Fact]
    public async Task ReindexWhileAnotherProcessWritesTheIndexSaysSo()
    {
        await using var bot = await BotHarness.StartAsync();
        using var holder = await IndexWriteLock.AcquireAsync(
            Path.Combine(bot.Folder, "vendorbot.db"), wait: false, TimeProvider.System, TestContext.Current.CancellationToken);
        var reindex = BotHarness.Command("reindex", NoOptions, Permissions.ManageGuild);

        await bot.SendAsync(reindex);
        var content = (await bot.WaitForEditAsync(reindex))["content"]!.GetValue<string>();

        content.ShouldStartWith("I can't reindex right now: another index run is writing ");
        content.ShouldContain($"(pid {Environment.ProcessId}, started ");
    }
}
