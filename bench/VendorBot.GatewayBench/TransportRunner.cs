using System.Net.WebSockets;
using System.Text;
using VendorBot.Discord.Fakes;

namespace VendorBot.GatewayBench;

/// <summary>
/// The transport alone: a raw ClientWebSocket identifies with the fake and then only counts whole messages, parsing
/// nothing. It shows what loopback and the fake's sending cost, which the client row includes and the floor does not.
/// </summary>
internal sealed class TransportRunner : IAsyncDisposable
{
    private readonly FakeDiscordServer _server;
    private readonly ClientWebSocket _socket = new();
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _nextId = 1;

    private TransportRunner(FakeDiscordServer server) => _server = server;

    public static async Task<TransportRunner> StartAsync()
    {
        var runner = new TransportRunner(await FakeDiscordServer.StartAsync());

        // The raw socket never reconnects: on a loaded machine a whole run can outlast the fake's default 2 minutes.
        runner._server.Gateway.MaxConnectionLifetime = TimeSpan.FromHours(1);
        var url = new Uri(runner._server.BaseAddress.ToString().Replace("http://", "ws://", StringComparison.Ordinal) + "gateway?v=10&encoding=json");
        await runner._socket.ConnectAsync(url, CancellationToken.None);
        await runner.CountMessagesAsync(1);
        var identify = "{\"op\":2,\"d\":{\"token\":\"bench-token\",\"intents\":37377,\"properties\":{\"os\":\"linux\",\"browser\":\"bench\",\"device\":\"bench\"},\"shard\":[0,1]}}";
        await runner._socket.SendAsync(Encoding.UTF8.GetBytes(identify), WebSocketMessageType.Text, true, CancellationToken.None);
        await runner.CountMessagesAsync(1);
        return runner;
    }

    public async Task<Measurement> RunAsync(int events)
    {
        var batch = _server.Gateway.PrepareDispatches("MESSAGE_CREATE", Payloads.MessageData(events, _nextId));
        _nextId += events;
        return await Measurement.TakeAsync("Loopback transport only (raw WebSocket, no parsing)", events, async () =>
        {
            var receiving = CountMessagesAsync(events);
            await _server.Gateway.SendBatchAsync(batch);
            await receiving;
        });
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        await _server.DisposeAsync();
    }

    private async Task CountMessagesAsync(int messages)
    {
        for (var seen = 0; seen < messages;)
        {
            var result = await _socket.ReceiveAsync(_buffer.AsMemory(), CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException("The fake closed the connection.");
            }

            if (result.EndOfMessage)
            {
                seen++;
            }
        }
    }
}
