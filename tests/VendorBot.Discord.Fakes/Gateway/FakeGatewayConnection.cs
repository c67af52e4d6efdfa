using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;

namespace VendorBot.Discord.Fakes.Gateway;

/// <summary>One accepted client WebSocket; sends are serialized because a WebSocket allows one at a time.</summary>
internal sealed class FakeGatewayConnection(int number, TimeSpan openedAt, WebSocket socket, HttpContext context) : IDisposable
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public int Number { get; } = number;

    public TimeSpan OpenedAt { get; } = openedAt;

    public int? ClientCloseCode { get; set; }

    public bool IsClosed { get; set; }

    public FakeGatewaySession? Session { get; set; }

    public FakeGatewayConnectionInfo Snapshot() => new(Number, OpenedAt, ClientCloseCode, IsClosed);

    /// <summary>Sends one text message; false when the socket is already gone.</summary>
    public async Task<bool> SendAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (socket.State != WebSocketState.Open)
            {
                return false;
            }

            await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            return false;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task CloseAsync(int code, string reason, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // Already gone.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Kills the TCP connection without a close frame.</summary>
    public void Drop() => context.Abort();

    public void Dispose() => _sendLock.Dispose();
}
