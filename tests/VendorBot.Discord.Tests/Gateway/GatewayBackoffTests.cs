using VendorBot.Discord.Gateway;

namespace VendorBot.Discord.Tests.Gateway;

public sealed class GatewayBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(0, 0.0, 500)]
    [InlineData(0, 0.999999, 1000)]
    [InlineData(1, 0.0, 1000)]
    [InlineData(1, 0.5, 1500)]
    [InlineData(3, 0.0, 4000)]
    [InlineData(5, 0.5, 24000)]
    [InlineData(6, 0.0, 30000)]
    [InlineData(6, 0.999999, 60000)]
    [InlineData(7, 0.5, 45000)]
    [InlineData(1000, 0.999999, 60000)]
    public void ReconnectDelayDoublesWithEqualJitterUpToTheCap(int failures, double random, int expectedMs) =>
        GatewayBackoff.ReconnectDelay(failures, Base, Max, random).TotalMilliseconds.ShouldBe(expectedMs, tolerance: 1);

    [Fact]
    public void ReconnectDelayNeverExceedsTheCapAndNeverShrinksAsFailuresGrow()
    {
        var previous = TimeSpan.Zero;
        for (var failures = 0; failures <= 64; failures++)
        {
            var delay = GatewayBackoff.ReconnectDelay(failures, Base, Max, 0.0);
            delay.ShouldBeLessThanOrEqualTo(Max);
            delay.ShouldBeGreaterThanOrEqualTo(previous);
            previous = delay;
        }
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(2.0)]
    [InlineData(double.NaN)]
    public void ReconnectDelayStaysInBoundsForAnyRandomInput(double random) =>
        GatewayBackoff.ReconnectDelay(10, Base, Max, random).ShouldBeInRange(TimeSpan.FromSeconds(30), Max);

    [Theory]
    [InlineData(0.0, 1000)]
    [InlineData(0.5, 3000)]
    [InlineData(0.999999, 5000)]
    public void InvalidSessionDelayIsBetweenOneAndFiveSeconds(double random, int expectedMs) =>
        GatewayBackoff.InvalidSessionDelay(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), random)
            .TotalMilliseconds.ShouldBe(expectedMs, tolerance: 1);

    [Fact]
    public async Task ConnectionsThatNeverBecomeReadyAreRetriedWithGrowingCappedDelays()
    {
        await using var harness = await GatewayHarness.CreateAsync(script: gateway => gateway.IdentifyCloseCode = 4000);

        harness.Start();
        await harness.Gateway.WaitUntilAsync(gateway => gateway.Connections.Count >= 6, GatewayHarness.Patience, "six connections");
        await harness.StopAsync();

        var opened = harness.Gateway.Connections.Take(6).Select(connection => connection.OpenedAt).ToList();
        var gaps = opened.Zip(opened.Skip(1), (earlier, later) => later - earlier).ToList();
        var baseDelay = TimeSpan.FromMilliseconds(20);
        var maxDelay = TimeSpan.FromMilliseconds(160);
        for (var i = 0; i < gaps.Count; i++)
        {
            var expected = GatewayBackoff.ReconnectDelay(i + 1, baseDelay, maxDelay, 0.5);
            gaps[i].ShouldBeGreaterThanOrEqualTo(expected - TimeSpan.FromMilliseconds(5), $"gap {i}");
            gaps[i].ShouldBeLessThan(expected + TimeSpan.FromSeconds(5), $"gap {i}");
        }

        harness.Gateway.ReceivedWithOp(6).ShouldBeEmpty();
    }
}
