using Microsoft.Extensions.Time.Testing;
using VendorBot.Bot.Settings;
using VendorBot.Discord.Entities;
using VendorBot.Tests.Knowledge;

namespace VendorBot.Tests.Bot.Settings;

public sealed class ChannelSettingsStoreTests : IDisposable
{
    private static readonly Snowflake Channel = new(600);
    private static readonly Snowflake Thread = new(601);
    private static readonly Snowflake Admin = new(42);
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AChannelNobodyConfiguredHasNoStoredSettingsAndResolvesToTheDefaults()
    {
        using var database = _folder.Database();
        using var store = new ChannelSettingsStore(database, new FakeTimeProvider());

        (await store.FindAsync(Channel, Token)).ShouldBeNull();
        (await store.ResolveAsync(Channel, null, Token)).ShouldBe(ChannelSettings.Default);
    }

    [Fact]
    public async Task SavedSettingsApplyAtOnceAndAreReadBackByANewStoreOverTheSameFile()
    {
        var saved = new ChannelSettings(AutoAnswer: true, Ephemeral: true, CitedOnly: true, Vendors: ["Huawei", "ZTE"]);
        using (var database = _folder.Database())
        using (var store = new ChannelSettingsStore(database, new FakeTimeProvider()))
        {
            (await store.FindAsync(Channel, Token)).ShouldBeNull();
            await store.SaveAsync(Channel, new Snowflake(500), saved, Admin, Token);
            (await store.FindAsync(Channel, Token)).ShouldBe(saved, SettingsComparer.Instance);
        }

        using var reopened = _folder.Database();
        using var fresh = new ChannelSettingsStore(reopened, new FakeTimeProvider());
        var read = (await fresh.FindAsync(Channel, Token)).ShouldNotBeNull();
        read.ShouldBe(saved, SettingsComparer.Instance);
    }

    [Fact]
    public async Task SavingAgainReplacesTheChannelsSettings()
    {
        using var database = _folder.Database();
        using var store = new ChannelSettingsStore(database, new FakeTimeProvider());
        await store.SaveAsync(Channel, null, new ChannelSettings(true, false, false, ["Acme"]), Admin, Token);

        await store.SaveAsync(Channel, null, new ChannelSettings(false, false, true, []), Admin, Token);

        (await store.FindAsync(Channel, Token)).ShouldBe(new ChannelSettings(false, false, true, []), SettingsComparer.Instance);
        (await IndexProbe.CountAsync(database, "channel_settings")).ShouldBe(1L);
    }

    [Fact]
    public async Task AThreadWithoutItsOwnSettingsInheritsItsParentChannels()
    {
        using var database = _folder.Database();
        using var store = new ChannelSettingsStore(database, new FakeTimeProvider());
        var forum = new ChannelSettings(true, false, true, []);
        await store.SaveAsync(Channel, null, forum, Admin, Token);

        (await store.ResolveAsync(Thread, Channel, Token)).ShouldBe(forum);
        (await store.ResolveAsync(Thread, null, Token)).ShouldBe(ChannelSettings.Default);
    }

    private sealed class SettingsComparer : IEqualityComparer<ChannelSettings>
    {
        public static readonly SettingsComparer Instance = new();

        public bool Equals(ChannelSettings? x, ChannelSettings? y) =>
            x is not null && y is not null && x with { Vendors = [] } == y with { Vendors = [] } && x.Vendors.SequenceEqual(y.Vendors);

        public int GetHashCode(ChannelSettings obj) => obj.AutoAnswer.GetHashCode();
    }
}
