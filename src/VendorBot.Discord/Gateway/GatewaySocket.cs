using System.Buffers;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;

namespace VendorBot.Discord.Gateway;

/// <summary>
/// The WebSocket of one connection: whole messages read into a pooled buffer that grows for big payloads, every send
/// through one gate (a WebSocket allows one send at a time) and the 120-per-minute limiter, closes bounded in time.
/// </summary>
internal sealed class GatewaySocket(TimeProvider time, TimeSpan closeTimeout) : IDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly GatewaySendLimiter _limiter = new(time);
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(GatewayLimits.InitialReceiveBufferBytes);

    /// <summary>The receive buffer; the last message starts at 0. Valid until the next receive.</summary>
    public ReadOnlySpan<byte> Received => _buffer;

    public WebSocketState State => _socket.State;

    public int? CloseStatus => (int?)_socket.CloseStatus;

    public string? CloseStatusDescription => _socket.CloseStatusDescription;

    public Task ConnectAsync(Uri url, CancellationToken cancellationToken) => _socket.ConnectAsync(url, cancellationToken);

    /// <summary>Reads one whole message (any number of frames) into the buffer.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<(WebSocketMessageType Type, int Count)> ReceiveMessageAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        while (true)
        {
            if (count == _buffer.Length)
            {
                Grow();
            }

            var result = await _socket.ReceiveAsync(_buffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
            count += result.Count;
            if (result.MessageType == WebSocketMessageType.Close || result.EndOfMessage)
            {
                return (result.MessageType, count);
            }
        }
    }

    public async ValueTask SendAsync(ReadOnlyMemory<byte> payload, GatewaySendPriority priority, CancellationToken cancellationToken)
    {
        await _limiter.WaitAsync(priority, cancellationToken).ConfigureAwait(false);
        await _sendGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendGate.Release();
        }
    }

    /// <summary>Closes with a full handshake; only while no other receive is pending (from the receive loop).</summary>
    public Task CloseAsync(int closeCode) =>
        UnderSendGateAsync(token => _socket.CloseAsync((WebSocketCloseStatus)closeCode, null, token));

    /// <summary>Sends a close frame without waiting for the answer (the receive loop or the abort takes it).</summary>
    public Task CloseOutputAsync(int closeCode) =>
        UnderSendGateAsync(token => _socket.State is WebSocketState.Open or WebSocketState.CloseReceived
            ? _socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, null, token)
            : Task.CompletedTask);

    public void Dispose()
    {
        _socket.Dispose();
        _sendGate.Dispose();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private async Task UnderSendGateAsync(Func<CancellationToken, Task> close)
    {
        using var timeout = new CancellationTokenSource(closeTimeout, time);
        try
        {
            await _sendGate.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                await close(timeout.Token).ConfigureAwait(false);
            }
            finally
            {
                _sendGate.Release();
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // The peer did not answer in time or is gone; the connection is ending either way and gets aborted.
        }
    }

    private void Grow()
    {
        if (_buffer.Length >= GatewayLimits.MaxPayloadBytes)
        {
            throw new InvalidDataException($"A gateway payload exceeded {GatewayLimits.MaxPayloadBytes} bytes.");
        }

        var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
        _buffer.AsSpan().CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
