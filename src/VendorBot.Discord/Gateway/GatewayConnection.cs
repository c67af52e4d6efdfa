using System.Buffers;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace VendorBot.Discord.Gateway;

/// <summary>
/// One WebSocket to the gateway: Hello, Identify or Resume, then a receive loop (whole messages into a pooled buffer,
/// events decoded straight from it into the dispatch channel) beside a <see cref="GatewayHeartbeater"/>. All sends go
/// through one gate and the 120-per-minute limiter. It ends with a <see cref="GatewayConnectionResult"/>; the session
/// decides what follows.
/// </summary>
internal sealed class GatewayConnection : IAsyncDisposable
{
    private readonly GatewayConnectionContext _context;
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly GatewaySendLimiter _limiter;
    private readonly CancellationTokenSource _lifetime;
    private readonly GatewayHeartbeater _heartbeater;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(GatewayLimits.InitialReceiveBufferBytes);
    private bool _reachedReady;
    private volatile bool _stopping;
    private volatile bool _zombie;
    private Task _stopTask = Task.CompletedTask;

    public GatewayConnection(GatewayConnectionContext context)
    {
        _context = context;
        _limiter = new GatewaySendLimiter(context.Time);
        _lifetime = new CancellationTokenSource(Timeout.InfiniteTimeSpan, context.Time);
        _heartbeater = new GatewayHeartbeater(context, SendAsync, OnZombieAsync);
    }

    public async Task<GatewayConnectionResult> RunAsync(Uri url, bool resume, CancellationToken stoppingToken)
    {
        _context.SetState(GatewayState.Connecting);
        _context.Logger.Connecting(url.Host, resume ? "resume" : "identify");
        TimeSpan interval;
        try
        {
            interval = await ConnectAsync(url, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return Ended(GatewayCloseAction.Stopped, null, "stopped while connecting");
        }
        catch (Exception exception) when (IsConnectionFailure(exception))
        {
            _context.Logger.ConnectionFailed(exception);
            return Ended(GatewayCloseAction.Resume, null, "could not connect");
        }

        var heartbeats = _heartbeater.RunAsync(interval, _lifetime.Token);
        var registration = stoppingToken.Register(static state => ((GatewayConnection)state!).BeginStop(), this);
        try
        {
            await SendHandshakeAsync(resume).ConfigureAwait(false);
            return await ReceiveLoopAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (_stopping && exception is OperationCanceledException or WebSocketException or InvalidOperationException)
        {
            return Ended(GatewayCloseAction.Stopped, GatewayCloseCodes.NormalClosure, "stopped");
        }
        catch (Exception exception) when (IsConnectionFailure(exception))
        {
            if (_zombie)
            {
                return Ended(GatewayCloseAction.Resume, GatewayLimits.ResumableCloseCode, "zombie connection");
            }

            _context.Logger.ConnectionFailed(exception);
            return Ended(GatewayCloseAction.Resume, null, "connection lost");
        }
        finally
        {
            await registration.DisposeAsync().ConfigureAwait(false);
            await _lifetime.CancelAsync().ConfigureAwait(false);
            await heartbeats.ConfigureAwait(false);
            await _stopTask.ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _lifetime.Dispose();
        _sendGate.Dispose();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        return ValueTask.CompletedTask;
    }

    private static bool IsConnectionFailure(Exception exception) =>
        exception is WebSocketException or OperationCanceledException or InvalidDataException or JsonException
            or IOException or InvalidOperationException or HttpRequestException;

    private async Task<TimeSpan> ConnectAsync(Uri url, CancellationToken stoppingToken)
    {
        using var timeout = new CancellationTokenSource(_context.Options.ConnectTimeout, _context.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        await _socket.ConnectAsync(url, linked.Token).ConfigureAwait(false);
        var (type, count) = await ReceiveMessageAsync(linked.Token).ConfigureAwait(false);
        if (type == WebSocketMessageType.Close)
        {
            throw new WebSocketException($"The gateway closed ({(int?)_socket.CloseStatus}) before Hello.");
        }

        var envelope = GatewayEnvelopeReader.Read(_buffer.AsSpan(0, count));
        if (envelope.OpCode != GatewayOpCode.Hello)
        {
            throw new InvalidDataException($"The gateway sent op {(int)envelope.OpCode} before Hello.");
        }

        var hello = JsonSerializer.Deserialize(_buffer.AsSpan(0, count)[envelope.Data], GatewayJsonContext.Default.HelloData);
        return hello is { HeartbeatIntervalMilliseconds: > 0 }
            ? TimeSpan.FromMilliseconds(hello.HeartbeatIntervalMilliseconds)
            : throw new InvalidDataException("Hello carried no heartbeat interval.");
    }

    private ValueTask SendHandshakeAsync(bool resume)
    {
        var session = _context.Session;
        if (resume && session.SessionId is { } sessionId)
        {
            _context.SetState(GatewayState.Resuming);
            return SendAsync(GatewayPayloads.Resume(_context.Client.Token, sessionId, session.LastSequence), GatewaySendPriority.Normal, _lifetime.Token);
        }

        _context.SetState(GatewayState.Identifying);
        return SendAsync(GatewayPayloads.Identify(_context.Client), GatewaySendPriority.Normal, _lifetime.Token);
    }

    private async Task<GatewayConnectionResult> ReceiveLoopAsync()
    {
        while (true)
        {
            var (type, count) = await ReceiveMessageAsync(_lifetime.Token).ConfigureAwait(false);
            if (type == WebSocketMessageType.Close)
            {
                return await OnServerCloseAsync().ConfigureAwait(false);
            }

            if (await ProcessAsync(count).ConfigureAwait(false) is { } result)
            {
                return result;
            }
        }
    }

    private async ValueTask<GatewayConnectionResult?> ProcessAsync(int count)
    {
        GatewayEnvelope envelope;
        try
        {
            envelope = ReadEnvelope(_buffer.AsSpan(0, count));
        }
        catch (JsonException exception)
        {
            _context.Logger.MalformedPayload(exception, -1, null);
            return null;
        }

        switch (envelope.OpCode)
        {
            case GatewayOpCode.Dispatch:
                await DispatchAsync(envelope).ConfigureAwait(false);
                return null;
            case GatewayOpCode.HeartbeatAck:
                _heartbeater.Acknowledge();
                return null;
            case GatewayOpCode.Heartbeat:
                _context.Logger.HeartbeatRequested();
                await _heartbeater.BeatAsync(_lifetime.Token).ConfigureAwait(false);
                return null;
            case GatewayOpCode.Reconnect:
                _context.Logger.ReconnectRequested();
                await CloseAsync(GatewayLimits.ResumableCloseCode).ConfigureAwait(false);
                return Ended(GatewayCloseAction.Resume, GatewayLimits.ResumableCloseCode, "reconnect requested (op 7)");
            case GatewayOpCode.InvalidSession:
                var resumable = _buffer.AsSpan(0, count)[envelope.Data].SequenceEqual("true"u8);
                _context.Logger.InvalidSession(resumable);
                await CloseAsync(GatewayLimits.ResumableCloseCode).ConfigureAwait(false);
                return resumable
                    ? Ended(GatewayCloseAction.Resume, null, "invalid session (resumable)")
                    : Ended(GatewayCloseAction.ReidentifyAfterDelay, null, "invalid session");
            default:
                return null;
        }
    }

    /// <summary>
    /// One pass that also deserializes the event; if the event data is broken, the envelope alone is read again so the
    /// sequence still advances and the event is skipped with a log line.
    /// </summary>
    private static GatewayEnvelope ReadEnvelope(ReadOnlySpan<byte> payload)
    {
        try
        {
            return GatewayEnvelopeReader.Read(payload, decode: true);
        }
        catch (JsonException)
        {
            return GatewayEnvelopeReader.Read(payload);
        }
    }

    private ValueTask DispatchAsync(GatewayEnvelope envelope)
    {
        var session = _context.Session;
        if (envelope.Sequence is { } sequence && !session.TryAdvance(sequence))
        {
            _context.Logger.DuplicateSkipped(sequence, session.LastSequence);
            return ValueTask.CompletedTask;
        }

        GatewayDispatch? dispatch;
        try
        {
            dispatch = envelope.Decoded is { } data
                ? GatewayDispatchDecoder.Create(envelope.Event, envelope.Sequence ?? 0, data)
                : GatewayDispatchDecoder.Decode(envelope.Event, envelope.Sequence ?? 0, _buffer.AsSpan()[envelope.Data]);
        }
        catch (JsonException exception)
        {
            _context.Logger.MalformedPayload(exception, (int)envelope.OpCode, envelope.Sequence);
            return ValueTask.CompletedTask;
        }

        if (dispatch is null)
        {
            if (_context.Logger.IsEnabled(LogLevel.Debug))
            {
                _context.Logger.UnknownEventIgnored(Encoding.UTF8.GetString(_buffer.AsSpan()[envelope.Name]), envelope.Sequence);
            }

            return ValueTask.CompletedTask;
        }

        OnSessionEvent(dispatch);
        _context.Metrics.Dispatched();
        if (_context.Dispatches.TryWrite(dispatch))
        {
            return ValueTask.CompletedTask;
        }

        _context.Logger.DispatchQueueFull(_context.Options.DispatchQueueCapacity);
        return _context.Dispatches.WriteAsync(dispatch, _lifetime.Token);
    }

    private void OnSessionEvent(GatewayDispatch dispatch)
    {
        if (dispatch is ReadyDispatch { Ready: var ready })
        {
            _context.Session.Start(ready.SessionId, GatewayUris.ForConnection(ready.ResumeGatewayUrl));
            _reachedReady = true;
            _context.SetState(GatewayState.Connected);
            _context.Logger.Ready(ready.SessionId, _context.Client.ShardId, _context.Client.ShardCount);
        }
        else if (dispatch is ResumedDispatch)
        {
            _reachedReady = true;
            _context.SetState(GatewayState.Connected);
            _context.Logger.Resumed(_context.Session.SessionId, dispatch.Sequence);
        }
    }

    private async Task<GatewayConnectionResult> OnServerCloseAsync()
    {
        var code = (int?)_socket.CloseStatus;
        if (_stopping)
        {
            return Ended(GatewayCloseAction.Stopped, code, "stopped");
        }

        var reason = string.IsNullOrEmpty(_socket.CloseStatusDescription) ? "closed by the server" : _socket.CloseStatusDescription;
        if (_socket.State == WebSocketState.CloseReceived && code is { } echo)
        {
            await CloseOutputAsync(echo).ConfigureAwait(false);
        }

        return Ended(_zombie ? GatewayCloseAction.Resume : GatewayClosePolicy.Classify(code), code, reason);
    }

    private GatewayConnectionResult Ended(GatewayCloseAction action, int? closeCode, string reason) =>
        new(action, _reachedReady, closeCode, reason);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<(WebSocketMessageType Type, int Count)> ReceiveMessageAsync(CancellationToken cancellationToken)
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

    private async ValueTask SendAsync(ReadOnlyMemory<byte> payload, GatewaySendPriority priority, CancellationToken cancellationToken)
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

    private async Task OnZombieAsync()
    {
        _zombie = true;
        _context.Logger.ZombieConnection();
        _context.Metrics.Zombie();
        await CloseOutputAsync(GatewayLimits.ResumableCloseCode).ConfigureAwait(false);
        await _lifetime.CancelAsync().ConfigureAwait(false);
    }

    private void BeginStop()
    {
        _stopping = true;
        _stopTask = StopAsync();
    }

    /// <summary>Sends close 1000 (the session ends); the receive loop returns when the server echoes it, or the timeout aborts.</summary>
    private async Task StopAsync()
    {
        _lifetime.CancelAfter(_context.Options.CloseTimeout);
        await CloseOutputAsync(GatewayCloseCodes.NormalClosure).ConfigureAwait(false);
    }

    /// <summary>Closes with a full handshake from the receive loop (no other receive is pending), bounded by the close timeout.</summary>
    private async Task CloseAsync(int closeCode)
    {
        using var timeout = new CancellationTokenSource(_context.Options.CloseTimeout, _context.Time);
        try
        {
            await _sendGate.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                await _socket.CloseAsync((WebSocketCloseStatus)closeCode, null, timeout.Token).ConfigureAwait(false);
            }
            finally
            {
                _sendGate.Release();
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or InvalidOperationException)
        {
            // The peer did not answer the close in time; the socket is aborted with the connection.
        }
    }

    /// <summary>Sends a close frame without waiting for the answer (the receive loop or the abort takes it).</summary>
    private async Task CloseOutputAsync(int closeCode)
    {
        using var timeout = new CancellationTokenSource(_context.Options.CloseTimeout, _context.Time);
        try
        {
            await _sendGate.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, null, timeout.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendGate.Release();
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // Nothing more to do: the connection is ending either way.
        }
    }
}
