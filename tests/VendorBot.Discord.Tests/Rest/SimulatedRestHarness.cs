using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Tests.Rest;

/// <summary>The REST client wired as in production (AddDiscordRest), on fake time, over <see cref="SimulatedDiscord"/>.</summary>
internal sealed class SimulatedRestHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private SimulatedRestHarness(FakeTimeProvider time, SimulatedDiscord discord, ServiceProvider services)
    {
        Time = time;
        Discord = discord;
        _services = services;
    }

    public FakeTimeProvider Time { get; }

    public SimulatedDiscord Discord { get; }

    public IDiscordRestClient Client => _services.GetRequiredService<IDiscordRestClient>();

    public IServiceProvider Services => _services;

    public FakeLogCollector Logs => _services.GetFakeLogCollector();

    public IMeterFactory Meters => _services.GetRequiredService<IMeterFactory>();

    public static SimulatedRestHarness Start(IDictionary<string, string?>? settings = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var discord = new SimulatedDiscord(time);
        var configuration = new Dictionary<string, string?>
        {
            ["Discord:Token"] = RestHarness.Token,
            ["Discord:RestBaseUrl"] = "https://discord.test/api/v10/",
            ["Discord:Rest:RetryBaseDelay"] = "00:00:00.010",
            ["Discord:Rest:MaxWait"] = "00:00:30",
            ["Discord:Rest:AttemptTimeout"] = "00:00:30",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(new RetryBackoff(new Random(7)));
        services.AddDiscordRest();
        services.AddHttpClient(DiscordRestConstants.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => discord);
        return new SimulatedRestHarness(time, discord, services.BuildServiceProvider(validateScopes: true));
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
