using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using VendorBot.Discord.Commands;
using VendorBot.Discord.Fakes;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Tests.Rest;

/// <summary>The REST client wired as in production (AddDiscordRest) against a fresh fake Discord on loopback.</summary>
internal sealed class RestHarness : IAsyncDisposable
{
    public const string Token = "MTAwMA.bot-token-SECRET.xyz";

    private readonly ServiceProvider _services;

    private RestHarness(FakeDiscordServer server, ServiceProvider services)
    {
        Server = server;
        _services = services;
    }

    public FakeDiscordServer Server { get; }

    public IDiscordRestClient Client => _services.GetRequiredService<IDiscordRestClient>();

    public CommandRegistrar Registrar => _services.GetRequiredService<CommandRegistrar>();

    public FakeLogCollector Logs => _services.GetFakeLogCollector();

    public IMeterFactory Meters => _services.GetRequiredService<IMeterFactory>();

    public static async Task<RestHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var server = await FakeDiscordServer.StartAsync(TestContext.Current.CancellationToken);
        server.Rest.ExpectedToken = Token;
        var configuration = new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:RestBaseUrl"] = server.RestBaseUrl.ToString(),
            ["Discord:Rest:RetryBaseDelay"] = "00:00:00.010",
            ["Discord:Rest:MaxWait"] = "00:00:05",
            ["Discord:Rest:AttemptTimeout"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services.AddSingleton(new RetryBackoff(new Random(7)));
        services.AddDiscordRest();
        return new RestHarness(server, services.BuildServiceProvider(validateScopes: true));
    }

    /// <summary>Waits (bounded) until the fake has recorded <paramref name="count"/> requests.</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        for (var i = 0; i < 500 && Server.Rest.Requests.Count < count; i++)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        Server.Rest.Requests.Count.ShouldBeGreaterThanOrEqualTo(count);
    }

    /// <summary>Waits (bounded) until a log line with <paramref name="eventId"/> was written.</summary>
    public async Task WaitForLogAsync(int eventId)
    {
        for (var i = 0; i < 500 && !Logs.GetSnapshot().Any(record => record.Id.Id == eventId); i++)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        Logs.GetSnapshot().ShouldContain(record => record.Id.Id == eventId);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
