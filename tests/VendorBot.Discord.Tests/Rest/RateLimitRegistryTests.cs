using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Tests.Rest;

public sealed class RateLimitRegistryTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TheLearnedBucketIsSharedByRoutesAndSplitByMajorParameter()
    {
        var registry = CreateRegistry();
        var first = RestRoutes.CreateMessage(new Snowflake(600));
        var provisional = registry.BucketFor(first);
        registry.Record(first, provisional, new RateLimitHeaders(5, 0, TimeSpan.FromSeconds(1), "abc", null, false, null), _time.GetUtcNow());

        var learned = registry.BucketFor(first);

        learned.ShouldNotBeSameAs(provisional);
        learned.WaitTime(_time.GetUtcNow()).ShouldBeGreaterThan(TimeSpan.Zero);
        registry.BucketFor(RestRoutes.CreateMessage(new Snowflake(601))).WaitTime(_time.GetUtcNow()).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void IdleInteractionBucketsAreForgottenSoTheyDoNotPileUp()
    {
        var registry = CreateRegistry();
        for (var i = 0; i < 100; i++)
        {
            registry.BucketFor(RestRoutes.EditOriginal(new Snowflake(1000), $"token-{i}"));
        }

        _time.Advance(DiscordRestConstants.BucketIdleLifetime);
        registry.BucketFor(RestRoutes.EditOriginal(new Snowflake(1000), "fresh"));

        registry.BucketCount.ShouldBe(1);
    }

    [Fact]
    public void ABucketStillInsideItsWindowIsKept()
    {
        var registry = CreateRegistry();
        var route = RestRoutes.CreateMessage(new Snowflake(600));
        registry.BucketFor(route).Exhaust(_time.GetUtcNow() + TimeSpan.FromMinutes(30));

        _time.Advance(DiscordRestConstants.BucketIdleLifetime);
        registry.BucketFor(RestRoutes.TriggerTyping(new Snowflake(600)));

        registry.BucketCount.ShouldBe(2);
        registry.BucketFor(route).WaitTime(_time.GetUtcNow()).ShouldBeGreaterThan(TimeSpan.Zero);
    }

    private RateLimitRegistry CreateRegistry() => new(_time, Options.Create(new DiscordRestOptions()));
}
