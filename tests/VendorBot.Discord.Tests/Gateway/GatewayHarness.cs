using Microsoft.Extensions.Configuration;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using VendorBot.Discord.Fakes;
using VendorBot.Discord.Fakes.Gateway;
using VendorBot.Discord.Gateway;

namespace VendorBot.Discord.Tests.Gateway;

/// <summary>
/// A fake Discord on loopback plus a <see cref="DiscordGatewayClient"/> built by <c>AddDiscordGateway()</c> against it,
/// with a recording handler, all log levels collected, and a fixed jitter. Disposing stops everything, bounded in time.
/// </summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    public const string Token = "MTA5ODc2NTQzMjE.test-secret-token.DoNotLogMe";

    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stop = new();

    private GatewayHarness(FakeDiscordServer server, ServiceProvider services)
    {
        Server = server;
        Services = services;
        Client = services.GetRequiredService<DiscordGatewayClient>();
        Handler = services.GetRequiredService<RecordingHandler>();
        Logs = services.GetFakeLogCollector();
        HeartbeatAcks = new MetricCollector<double>(
            services.GetRequiredService<IMeterFactory>(), "VendorBot.Discord", "vendorbot.discord.gateway.heartbeat.latency");
    }

    public FakeDiscordServer Server { get; }

    public FakeGateway Gateway => Server.Gateway;

    public ServiceProvider Services { get; }

    public DiscordGatewayClient Client { get; }

    public RecordingHandler Handler { get; }

    public FakeLogCollector Logs { get; }

    /// <summary>One measurement per heartbeat ACK the client processed.</summary>
    public MetricCollector<double> HeartbeatAcks { get; }

    /// <summary>The client's RunAsync, once <see cref="Start"/> was called.</summary>
    public Task Run { get; private set; } = Task.CompletedTask;

    public static async Task<GatewayHarness> CreateAsync(Action<GatewayHarnessOptions>? configure = null, Action<FakeGateway>? script = null)
    {
        var options = new GatewayHarnessOptions();
        configure?.Invoke(options);
        var server = await FakeDiscordServer.StartAsync(TestContext.Current.CancellationToken);
        script?.Invoke(server.Gateway);
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:RestBaseUrl"] = server.RestBaseUrl.ToString(),
            ["Discord:Gateway:ReconnectBaseDelay"] = "00:00:00.020",
            ["Discord:Gateway:ReconnectMaxDelay"] = "00:00:00.160",
            ["Discord:Gateway:InvalidSessionMinDelay"] = "00:00:00.010",
            ["Discord:Gateway:InvalidSessionMaxDelay"] = "00:00:00.020",
            ["Discord:Gateway:IdentifyInterval"] = "00:00:00",
            ["Discord:Gateway:CloseTimeout"] = "00:00:02",
            ["Discord:Gateway:ConnectTimeout"] = "00:00:05",
        };
        foreach (var (key, value) in options.Settings)
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging())
            .AddSingleton(options.Time)
            .AddSingleton<IGatewayRandom>(new FixedRandom(options.Random))
            .AddSingleton<RecordingHandler>()
            .AddSingleton<IGatewayEventHandler>(provider => provider.GetRequiredService<RecordingHandler>())
            .AddDiscordGateway()
            .BuildServiceProvider();
        return new GatewayHarness(server, services);
    }

    /// <summary>Creates the harness, starts the client, and waits for READY.</summary>
    public static async Task<GatewayHarness> ReadyAsync(Action<GatewayHarnessOptions>? configure = null, Action<FakeGateway>? script = null)
    {
        var harness = await CreateAsync(configure, script);
        harness.Start();
        await harness.Handler.WaitForAsync(handler => handler.Events.OfType<ReadyDispatch>().Any(), "READY");
        return harness;
    }

    public void Start() => Run = Client.RunAsync(_stop.Token);

    /// <summary>Stops the client (close 1000) and waits for RunAsync, bounded.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Run.WaitAsync(Patience);
    }

    public IEnumerable<GatewayDispatch> Events<T>()
        where T : GatewayDispatch => Handler.Events.OfType<T>();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Run.WaitAsync(Patience);
        }
        catch (Exception exception) when (exception is DiscordGatewayException or TimeoutException or OperationCanceledException)
        {
            // The test asserted on it already, or it is being torn down.
        }

        await Server.DisposeAsync();
        HeartbeatAcks.Dispose();
        await Services.DisposeAsync();
        _stop.Dispose();
    }
}
