using Microsoft.Extensions.DependencyInjection;
using VendorBot.Answering.Log;
using VendorBot.Bot.Settings;
using VendorBot.State;
using VendorBot.Tests.State;

namespace VendorBot.Tests.EndToEnd;

/// <summary>Two bot processes (shard 0 and 1 of 2) sharing one PostgreSQL state database, each with its own fake Discord.</summary>
public sealed class SharedStateTests(PostgresCluster cluster) : IAsyncDisposable
{
    private const string Covered = "What did Huawei threaten BES with?";
    private readonly StateStores _stores = new(cluster);

    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    [Fact]
    public async Task AnAnswerGivenByShardZeroHasItsSourcesAndFeedbackHandledByShardOne()
    {
        await using var shard0 = await StartShardAsync(0);
        await using var shard1 = await StartShardAsync(1);
        var question = BotHarness.Question(Covered);

        await shard0.SendAsync(question);
        var buttons = (await shard0.WaitForReplyAsync(question))["components"]![0]!["components"]!.AsArray();
        await shard0.LatestAnswerAsync();
        var sources = BotHarness.Command("sources");
        await shard1.SendAsync(sources);
        var embed = (await shard1.WaitForEditAsync(sources))["embeds"]!.AsArray()[0]!;
        var helpful = BotHarness.Button(buttons[1]!["custom_id"]!.GetValue<string>(), user: 7);
        await shard1.SendAsync(helpful);
        await shard1.WaitForCallbackAsync(helpful);

        embed["description"]!.GetValue<string>().ShouldContain("cancel the deal");
        var answerId = buttons[1]!["custom_id"]!.GetValue<string>().Split(':')[2];
        var tally = await shard0.Host.Services.GetRequiredService<IAnswerLog>().GetFeedbackAsync(answerId, TestContext.Current.CancellationToken);
        tally.ShouldBe(new FeedbackTally(1, 0));
    }

    [Fact]
    public async Task ASettingsChangeMadeThroughOneShardAppliesInTheOther()
    {
        await using var shard0 = await StartShardAsync(0);
        await using var shard1 = await StartShardAsync(1);
        var before = BotHarness.Question(Covered, mention: false);
        await shard1.SendAsync(before);
        var marker = BotHarness.Question(Covered);
        await shard1.SendAsync(marker);
        await shard1.WaitForReplyAsync(marker);

        await SettingsTests.ChangeAsync(shard0, new() { ["auto_answer"] = true });
        var after = BotHarness.Question(Covered, mention: false);
        await shard1.SendAsync(after);

        (await shard1.WaitForReplyAsync(after))["content"]!.GetValue<string>().ShouldContain("cancel the deal");
        shard1.RepliesTo(before).ShouldBeEmpty();
    }

    [Fact]
    public async Task ASettingsChangeMadeThroughOneShardAppliesAtOnceInTheOtherThoughItCachedTheOldSettingsForAMinute()
    {
        await using var shard0 = await StartShardAsync(0, cache: "00:01:00");
        await using var shard1 = await StartShardAsync(1, cache: "00:01:00");
        var store = shard1.Host.Services.GetRequiredService<ChannelSettingsStore>();
        var channel = BotHarness.Channel;
        (await store.FindAsync(channel, TestContext.Current.CancellationToken)).ShouldBeNull();

        await SettingsTests.ChangeAsync(shard0, new() { ["auto_answer"] = true });

        // Real time, bounded: the NOTIFY arrives within milliseconds; without it the cached "no settings" would last a minute.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await store.FindAsync(channel, TestContext.Current.CancellationToken))?.AutoAnswer != true)
        {
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), "shard 1 still used its cached settings");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        var after = BotHarness.Question(Covered, mention: false);
        await shard1.SendAsync(after);
        (await shard1.WaitForReplyAsync(after))["content"]!.GetValue<string>().ShouldContain("cancel the deal");
    }

    private async Task<BotHarness> StartShardAsync(int shard, string cache = "00:00:00")
    {
        var settings = await _stores.SettingsAsync(StateProvider.PostgreSql);
        settings["Discord:ShardId"] = shard.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Discord:ShardCount"] = "2";
        // By default read through on every lookup; how the short cache expires is the store's own test (with fake time).
        settings["State:SharedCacheDuration"] = cache;
        return await BotHarness.StartAsync(settings);
    }
}
