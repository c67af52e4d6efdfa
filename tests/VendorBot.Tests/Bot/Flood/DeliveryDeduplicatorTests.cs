using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Bot.Flood;
using VendorBot.Discord.Entities;
using VendorBot.State;
using VendorBot.Tests.State;

namespace VendorBot.Tests.Bot.Flood;

public sealed class DeliveryDeduplicatorTests(PostgresCluster cluster) : IAsyncDisposable
{
    private readonly StateStores _stores = new(cluster);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    [Fact]
    public async Task ASecondDeliveryOfTheSameIdIsADuplicate()
    {
        var deduplicator = await CreateAsync(StateProvider.Sqlite, new FakeTimeProvider());

        (await deduplicator.TryBeginAsync(new Snowflake(1), Token)).ShouldBeTrue();
        (await deduplicator.TryBeginAsync(new Snowflake(1), Token)).ShouldBeFalse();
        (await deduplicator.TryBeginAsync(new Snowflake(2), Token)).ShouldBeTrue();
    }

    [Fact]
    public async Task IdsAreForgottenAfterTheMemoryWindow()
    {
        var time = new FakeTimeProvider();
        var deduplicator = await CreateAsync(StateProvider.Sqlite, time);
        (await deduplicator.TryBeginAsync(new Snowflake(1), Token)).ShouldBeTrue();

        time.Advance(TimeSpan.FromMinutes(16));
        (await deduplicator.TryBeginAsync(new Snowflake(2), Token)).ShouldBeTrue();

        (await deduplicator.TryBeginAsync(new Snowflake(1), Token)).ShouldBeTrue();
    }

    [Fact]
    public async Task ConcurrentDeliveriesOfOneIdAreBegunExactlyOnce()
    {
        var deduplicator = await CreateAsync(StateProvider.Sqlite, new FakeTimeProvider());
        var begun = 0;

        Parallel.For(0, 64, _ =>
        {
            if (deduplicator.TryBegin(new Snowflake(7)))
            {
                Interlocked.Increment(ref begun);
            }
        });

        begun.ShouldBe(1);
    }

    [Fact]
    public async Task WithASharedStoreAnEventSeenByTwoProcessesIsBegunByOnlyOne()
    {
        var time = new FakeTimeProvider();
        var first = await CreateAsync(StateProvider.PostgreSql, time);
        var second = await CreateAsync(StateProvider.PostgreSql, time);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? first : second).TryBeginAsync(new Snowflake(77), Token).AsTask()));

        results.Count(r => r).ShouldBe(1);
        (await second.TryBeginAsync(new Snowflake(78), Token)).ShouldBeTrue();
        (await first.TryBeginAsync(new Snowflake(78), Token)).ShouldBeFalse();
    }

    private async Task<DeliveryDeduplicator> CreateAsync(StateProvider provider, TimeProvider time)
    {
        var state = await _stores.OpenAsync(provider);
        return new DeliveryDeduplicator(time, state, new DeliveryClaims(state, time), NullLogger<DeliveryDeduplicator>.Instance);
    }
}
