using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VendorBot.State;
using VendorBot.Tests.State;

namespace VendorBot.Tests.EndToEnd;

/// <summary>
/// Four bot processes (shards 0–3 of 4, each with its own gateway client and fake Discord) start at once, sharing one
/// PostgreSQL state database and one fake clock; Discord's max_concurrency is 1, so one identify per 5 s in total.
/// </summary>
public sealed class SharedIdentifyPacingTests(PostgresCluster cluster) : IAsyncDisposable
{
    private const int Identify = 2;
    private const int Shards = 4;
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);
    private readonly StateStores _stores = new(cluster);

    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    [Fact]
    public async Task FourShardsStartedTogetherIdentifyOneAtATimeFiveSecondsApart()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var settings = await _stores.SettingsAsync(StateProvider.PostgreSql);
        settings["Discord:ShardCount"] = Shards.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Discord:Gateway:IdentifyInterval"] = "00:00:05";
        var starts = Enumerable.Range(0, Shards).Select(shard =>
        {
            var own = new Dictionary<string, string?>(settings) { ["Discord:ShardId"] = shard.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            return BotHarness.StartWithoutWaitingAsync(own, services => services.AddSingleton<TimeProvider>(time));
        });
        var shards = await Task.WhenAll(starts);
        try
        {
            int Identified() => shards.Sum(s => s.Server.Gateway.ReceivedWithOp(Identify).Count);

            await WaitForAsync(() => Identified() >= 1, "the first identify");
            for (var expected = 2; expected <= Shards; expected++)
            {
                // Nothing more may identify before 5 s of the clock have passed since the last identify...
                await Task.Delay(Quiet, TestContext.Current.CancellationToken);
                Identified().ShouldBe(expected - 1, "an identify came before its slot");
                time.Advance(TimeSpan.FromSeconds(4.9));
                await Task.Delay(Quiet, TestContext.Current.CancellationToken);
                Identified().ShouldBe(expected - 1, "an identify came less than 5 s after the previous one");

                // ...and exactly one does once they have.
                time.Advance(TimeSpan.FromSeconds(0.1));
                await WaitForAsync(() => Identified() >= expected, $"identify {expected} at 5 s");
                Identified().ShouldBe(expected);
            }

            shards.Select(s => s.Server.Gateway.ReceivedWithOp(Identify).Count).ShouldAllBe(count => count == 1);
        }
        finally
        {
            foreach (var shard in shards)
            {
                await shard.DisposeAsync();
            }
        }
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            waited.Elapsed.ShouldBeLessThan(BotHarness.Patience, $"timed out waiting for {what}");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
