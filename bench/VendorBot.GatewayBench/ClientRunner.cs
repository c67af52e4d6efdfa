using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VendorBot.Discord.Fakes;
using VendorBot.Discord.Gateway;

namespace VendorBot.GatewayBench;

/// <summary>Our client end to end: the fake pushes prepared frames over loopback; the handler counts typed messages.</summary>
internal sealed class ClientRunner : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly FakeDiscordServer _server;
    private readonly ServiceProvider _services;
    private readonly CountingHandler _handler = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _run = Task.CompletedTask;
    private int _nextId = 1;

    private ClientRunner(FakeDiscordServer server)
    {
        _server = server;
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Token"] = "bench-token",
            ["Discord:RestBaseUrl"] = server.RestBaseUrl.ToString(),
        };
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddSingleton<IGatewayEventHandler>(_handler)
            .AddDiscordGateway()
            .BuildServiceProvider();
    }

    public static async Task<ClientRunner> StartAsync()
    {
        var runner = new ClientRunner(await FakeDiscordServer.StartAsync());

        // One connection for the whole run, which on a loaded machine can outlast the fake's default 2 minutes.
        runner._server.Gateway.MaxConnectionLifetime = TimeSpan.FromHours(1);
        runner._run = runner._services.GetRequiredService<DiscordGatewayClient>().RunAsync(runner._stop.Token);
        await runner._handler.Ready.Task.WaitAsync(Patience);
        return runner;
    }

    public async Task<Measurement> RunAsync(int events)
    {
        var batch = _server.Gateway.PrepareDispatches("MESSAGE_CREATE", Payloads.MessageData(events, _nextId));
        _nextId += events;
        return await Measurement.TakeAsync("VendorBot gateway client (loopback, typed, handler)", events, async () =>
        {
            var received = _handler.Expect(events);
            await _server.Gateway.SendBatchAsync(batch);
            await received.WaitAsync(Patience);
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _run.WaitAsync(Patience);
        await _server.DisposeAsync();
        await _services.DisposeAsync();
        _stop.Dispose();
    }
}
