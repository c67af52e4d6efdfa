using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Bot.Sharding;
using VendorBot.State;
using VendorBot.Tests.State;

namespace VendorBot.Tests.Bot.Sharding;

public sealed class StateIdentifySlotsTests(PostgresCluster cluster) : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private readonly StateStores _stores = new(cluster);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public static TheoryData<StateProvider> Providers => StateStores.Providers;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task FourProcessesStartingAtOnceWithMaxConcurrencyOneGetSlotsFiveSecondsApart(StateProvider provider)
    {
        var processes = new List<StateIdentifySlots>();
        for (var i = 0; i < 4; i++)
        {
            processes.Add(new StateIdentifySlots(await _stores.OpenAsync(provider), _time, NullLogger<StateIdentifySlots>.Instance));
        }

        // shard_id % max_concurrency with max_concurrency 1: every shard has key 0.
        var slots = await Task.WhenAll(processes.Select(p => p.ReserveAsync(0, Interval, Token).AsTask()));

        var ordered = slots.Order().ToList();
        ordered[0].ShouldBe(_time.GetUtcNow());
        for (var i = 1; i < ordered.Count; i++)
        {
            (ordered[i] - ordered[i - 1]).ShouldBeGreaterThanOrEqualTo(Interval);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task KeysArePacedIndependentlyAndASlotInThePastIsNotWaitedFor(StateProvider provider)
    {
        var first = new StateIdentifySlots(await _stores.OpenAsync(provider), _time, NullLogger<StateIdentifySlots>.Instance);
        var second = new StateIdentifySlots(await _stores.OpenAsync(provider), _time, NullLogger<StateIdentifySlots>.Instance);
        var start = _time.GetUtcNow();

        (await first.ReserveAsync(0, Interval, Token)).ShouldBe(start);
        (await second.ReserveAsync(1, Interval, Token)).ShouldBe(start);
        (await second.ReserveAsync(0, Interval, Token)).ShouldBe(start + Interval);

        _time.Advance(TimeSpan.FromMinutes(1));
        (await first.ReserveAsync(0, Interval, Token)).ShouldBe(_time.GetUtcNow());
    }

    [Fact]
    public async Task AnUnreachableStoreFallsBackToPacingThisProcessAlone()
    {
        var unreachable = _stores.PostgreSql("Host=127.0.0.1;Port=1;Username=x;Password=y;Timeout=1");
        var slots = new StateIdentifySlots(unreachable, _time, NullLogger<StateIdentifySlots>.Instance);

        (await slots.ReserveAsync(0, Interval, Token)).ShouldBe(_time.GetUtcNow());
        (await slots.ReserveAsync(0, Interval, Token)).ShouldBe(_time.GetUtcNow() + Interval);
    }
}
