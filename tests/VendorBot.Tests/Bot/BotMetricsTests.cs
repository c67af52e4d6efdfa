using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using VendorBot.Bot;
using VendorBot.Discord.Fakes.Rest;
using VendorBot.Tests.EndToEnd;

namespace VendorBot.Tests.Bot;

public sealed class BotMetricsTests
{
    [Fact]
    public async Task RestRateLimitedAnswersFromDiscordAreCountedOnTheVendorBotMeterByRouteAndScope()
    {
        await using var bot = await BotHarness.StartAsync(script: server => server.Rest.Script(
            "POST",
            "channels/*/messages",
            FakeRestReply.TooManyRequests(TimeSpan.FromMilliseconds(20)),
            FakeRestReply.TooManyRequests(TimeSpan.FromMilliseconds(20), scope: "shared")));
        using var restRateLimited = new MetricCollector<long>(
            bot.Host.Services.GetRequiredService<IMeterFactory>(), BotMetrics.MeterName, BotMetrics.RestRateLimitedName);
        var question = BotHarness.Question("What did Huawei threaten BES with?");

        await bot.SendAsync(question);
        await bot.WaitForReplyAsync(question);

        var counted = restRateLimited.GetMeasurementSnapshot();
        counted.Sum(m => m.Value).ShouldBe(2);
        counted.ShouldAllBe(m => m.Tags["route"] is string);
        counted.Select(m => (string?)m.Tags["scope"]).Order().ShouldBe(["shared", "user"]);
    }

    [Fact]
    public async Task AHostCountsOnlyItsOwnDiscordClientsRateLimits()
    {
        await using var limited = await BotHarness.StartAsync(script: server =>
            server.Rest.Script("POST", "channels/*/messages", FakeRestReply.TooManyRequests(TimeSpan.FromMilliseconds(20))));
        await using var quiet = await BotHarness.StartAsync();
        using var quietCount = new MetricCollector<long>(
            quiet.Host.Services.GetRequiredService<IMeterFactory>(), BotMetrics.MeterName, BotMetrics.RestRateLimitedName);
        using var limitedCount = new MetricCollector<long>(
            limited.Host.Services.GetRequiredService<IMeterFactory>(), BotMetrics.MeterName, BotMetrics.RestRateLimitedName);
        var question = BotHarness.Question("What did Huawei threaten BES with?");

        await limited.SendAsync(question);
        await limited.WaitForReplyAsync(question);

        limitedCount.GetMeasurementSnapshot().Sum(m => m.Value).ShouldBe(1);
        quietCount.GetMeasurementSnapshot().ShouldBeEmpty();
    }
}
