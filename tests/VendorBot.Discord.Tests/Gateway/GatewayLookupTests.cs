using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Discord.Gateway;
using VendorBot.Discord.Rest;
using VendorBot.Discord.Tests.Rest;

namespace VendorBot.Discord.Tests.Gateway;

/// <summary><c>GET /gateway/bot</c> goes through the REST client, so it carries the User-Agent and a refusal is not retried forever.</summary>
public sealed class GatewayLookupTests
{
    [Fact]
    public async Task ACloudflareRefusalOfTheGatewayLookupIsFatalAfterOneRequestThatCarriedTheUserAgent()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var discord = new SimulatedDiscord(time);
        discord.Script("GET", "gateway/bot", SimulatedReply.Error(403, 40333, "internal network error"));
        await using var services = Build(time, discord);
        var gateway = services.GetRequiredService<DiscordGatewayClient>();

        var run = gateway.RunAsync(TestContext.Current.CancellationToken);
        await discord.DriveAsync(Task.WhenAny(run), TimeSpan.FromSeconds(1));

        var error = await Should.ThrowAsync<DiscordGatewayException>(run);
        error.Message.ShouldContain("40333");
        var lookup = discord.Requests.ShouldHaveSingleItem();
        lookup.Path.ShouldBe("gateway/bot");
        lookup.Headers["User-Agent"].ShouldStartWith("DiscordBot (");
        lookup.Headers["Authorization"].ShouldBe("Bot " + RestHarness.Token);
        gateway.State.ShouldBe(GatewayState.Faulted);
    }

    [Fact]
    public async Task AServerErrorOnTheGatewayLookupIsRetriedByTheRestClient()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var discord = new SimulatedDiscord(time);
        discord.Script("GET", "gateway/bot", SimulatedReply.Error(502, 0, "Bad Gateway"), SimulatedReply.Error(403, 40333, "internal network error"));
        await using var services = Build(time, discord);
        var gateway = services.GetRequiredService<DiscordGatewayClient>();

        var run = gateway.RunAsync(TestContext.Current.CancellationToken);
        await discord.DriveAsync(Task.WhenAny(run), TimeSpan.FromSeconds(1));

        await Should.ThrowAsync<DiscordGatewayException>(run);
        discord.Requests.Select(request => request.Status).ShouldBe([502, 403]);
    }

    private static ServiceProvider Build(FakeTimeProvider time, SimulatedDiscord discord)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Token"] = RestHarness.Token,
            ["Discord:RestBaseUrl"] = "https://discord.test/api/v10/",
            ["Discord:Rest:RetryBaseDelay"] = "00:00:00.010",
        };
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<IGatewayRandom>(new FixedRandom(0.5))
            .AddDiscordGateway();
        services.AddHttpClient(DiscordRestConstants.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => discord);
        return services.BuildServiceProvider();
    }
}
