using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Bot.Settings;
using VendorBot.Discord.Entities;
using VendorBot.State;
using VendorBot.Tests.State;

namespace VendorBot.Tests.Bot.Settings;

public sealed class ChannelSettingsStoreTests(PostgresCluster cluster) : IAsyncDisposable
{
    private static readonly Snowflake Channel = new(600);
    private static readonly Snowflake Thread = new(601);
    private static readonly Snowflake Admin = new(42);
    private readonly StateStores _stores = new(cluster);

    public ValueTask DisposeAsync() => _stores.DisposeAsync();

    public static TheoryData<StateProvider> Providers => StateStores.Providers;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AChannelNobodyConfiguredHasNoStoredSettingsAndResolvesToTheDefaults(StateProvider provider)
    {
        using var store = await StoreAsync(provider, new FakeTimeProvider());

        (await store.FindAsync(Channel, Token)).ShouldBeNull();
        (await store.ResolveAsync(Channel, null, Token)).ShouldBe(ChannelSettings.Default);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SavedSettingsApplyAtOnceAndAreReadBackByANewStoreOverTheSameFile(StateProvider provider)
    {
        var saved = new ChannelSettings(AutoAnswer: true, Ephemeral: true, CitedOnly: true, Vendors: ["Huawei", "ZTE"]);
        using (var store = await StoreAsync(provider, new FakeTimeProvider()))
        {
            (await store.FindAsync(Channel, Token)).ShouldBeNull();
            await store.SaveAsync(Channel, new Snowflake(500), saved, Admin, Token);
            (await store.FindAsync(Channel, Token)).ShouldBe(saved, SettingsComparer.Instance);
        }

        using var fresh = await StoreAsync(provider, new FakeTimeProvider());
        var read = (await fresh.FindAsync(Channel, Token)).ShouldNotBeNull();
        read.ShouldBe(saved, SettingsComparer.Instance);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SavingAgainReplacesTheChannelsSettings(StateProvider provider)
    {
        using var store = await StoreAsync(provider, new FakeTimeProvider());
        await store.SaveAsync(Channel, null, new ChannelSettings(true, false, false, ["Acme"]), Admin, Token);

        await store.SaveAsync(Channel, null, new ChannelSettings(false, false, true, []), Admin, Token);

        using var fresh = await StoreAsync(provider, new FakeTimeProvider());
        (await fresh.FindAsync(Channel, Token)).ShouldBe(new ChannelSettings(false, false, true, []), SettingsComparer.Instance);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AThreadWithoutItsOwnSettingsInheritsItsParentChannels(StateProvider provider)
    {
        using var store = await StoreAsync(provider, new FakeTimeProvider());
        var forum = new ChannelSettings(true, false, true, []);
        await store.SaveAsync(Channel, null, forum, Admin, Token);

        (await store.ResolveAsync(Thread, Channel, Token)).ShouldBe(forum);
        (await store.ResolveAsync(Thread, null, Token)).ShouldBe(ChannelSettings.Default);
    }

    [Fact]
    public async Task WithASharedStoreAChangeMadeByAnotherProcessAppliesOnceTheShortCacheExpires()
    {
        var time = new FakeTimeProvider();
        using var shard0 = await StoreAsync(StateProvider.PostgreSql, time);
        using var shard1 = await StoreAsync(StateProvider.PostgreSql, time);
        (await shard1.ResolveAsync(Channel, null, Token)).ShouldBe(ChannelSettings.Default);

        var changed = new ChannelSettings(true, false, false, []);
        await shard0.SaveAsync(Channel, null, changed, Admin, Token);
        time.Advance(TimeSpan.FromSeconds(1));

        (await shard1.ResolveAsync(Channel, null, Token)).ShouldBe(changed, SettingsComparer.Instance);
        (await shard0.ResolveAsync(Channel, null, Token)).ShouldBe(changed, SettingsComparer.Instance);
    }

    private async Task<ChannelSettingsStore> StoreAsync(StateProvider provider, TimeProvider time) =>
        new(await _stores.OpenAsync(provider), time, Options.Create(new StateOptions { SharedCacheDuration = TimeSpan.FromSeconds(1) }));

    private sealed class SettingsComparer : IEqualityComparer<ChannelSettings>
    {
        public static readonly SettingsComparer Instance = new();

        public bool Equals(ChannelSettings? x, ChannelSettings? y) =>
            x is not null && y is not null && x with { Vendors = [] } == y with { Vendors = [] } && x.Vendors.SequenceEqual(y.Vendors);

        public int GetHashCode(ChannelSettings obj) => obj.AutoAnswer.GetHashCode();
    }
}
