using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace VendorBot.Discord.Gateway;

/// <summary>
/// One connection to the gateway: Hello, Identify or Resume, then a receive loop (events decoded straight from the
/// <see cref="GatewaySocket"/>'s pooled buffer into the dispatch channel) beside a <see cref="GatewayHeartbeater"/>.
/// It ends with a <see cref="GatewayConnectionResult"/>; the session decides what follows.
/// </summary>
/// <remarks>
/// Events decoded while further frames are already waiting on the socket are handed to the channel together, once
/// the socket has to wait for more or <see cref="HandOverBatch"/> are decoded: each hand-over to an idle handler loop
/// wakes a thread, and during a burst (a replay, GUILD_CREATEs after Ready) one wake per event costs more than the
/// handlers do. Nothing is held while the socket waits for data, so a lone event is not delayed.
/// </remarks>
internal sealed class GatewayConnection : IAsyncDisposable
{
    /// <summary>Most events decoded before they are handed over even though more frames are waiting.</summary>
    private const int HandOverBatch = 32;

    private readonly GatewayConnectionContext _context;
    private readonly GatewaySocket _socket;
    private readonly CancellationTokenSource _lifetime;
    private readonly GatewayHeartbeater _heartbeater;
    private readonly List<GatewayDispatch> _decoded = new(HandOverBatch);
    private bool _reachedReady;
    private volatile bool _stopping;
    private volatile bool _zombie;
    private Task _stopTask = Task.CompletedTask;

    public GatewayConnection(GatewayConnectionContext context)
    {
        _context = context;
        _socket = new GatewaySocket(context.Time, context.Options.CloseTimeout);
        _lifetime = new CancellationTokenSource(Timeout.InfiniteTimeSpan, context.Time);
        _heartbeater = new GatewayHeartbeater(context, _socket.SendAsync, OnZombieAsync);
    }

    public async Task<GatewayConnectionResult> RunAsync(Uri url, bool resume, CancellationToken stoppingToken)
    {
        _context.SetState(GatewayState.Connecting);
        _context.Logger.Connecting(url.Host, resume ? "resume" : "identify");
        TimeSpan interval;
        try
        {
            if (await ConnectAsync(url, stoppingToken).ConfigureAwait(false) is not { } hello)
            {
                // Op 7, or any other opcode, before Hello: Discord wants this connection elsewhere; reconnect as asked.
                _context.Logger.ReconnectRequested();
                await _socket.CloseAsync(GatewayLimits.ResumableCloseCode).ConfigureAwait(false);
                return Ended(GatewayCloseAction.Resume, GatewayLimits.ResumableCloseCode, "reconnect requested before Hello", serverRequested: true);
            }

            interval = hello;
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
        return ValueTask.CompletedTask;
    }

    private static bool IsConnectionFailure(Exception exception) =>
        exception is WebSocketException or OperationCanceledException or InvalidDataException or JsonException
            or IOException or InvalidOperationException or HttpRequestException;

    /// <summary>Connects and reads Hello's heartbeat interval; null when the first payload was not Hello (a reconnect request).</summary>
    private async Task<TimeSpan?> ConnectAsync(Uri url, CancellationToken stoppingToken)
    {
        using var timeout = new CancellationTokenSource(_context.Options.ConnectTimeout, _context.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        await _socket.ConnectAsync(url, linked.Token).ConfigureAwait(false);
        var (type, count) = await _socket.ReceiveMessageAsync(linked.Token).ConfigureAwait(false);
        if (type == WebSocketMessageType.Close)
        {
            throw new WebSocketException($"The gateway closed ({_socket.CloseStatus}) before Hello.");
        }

        var envelope = GatewayEnvelopeReader.Read(_socket.Received[..count]);
        if (envelope.OpCode != GatewayOpCode.Hello)
        {
            return null;
        }

        var hello = JsonSerializer.Deserialize(_socket.Received[..count][envelope.Data], GatewayJsonContext.Default.HelloData);
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
            return _socket.SendAsync(GatewayPayloads.Resume(_context.Client.Token, sessionId, session.LastSequence), GatewaySendPriority.Normal, _lifetime.Token);
        }

        _context.SetState(GatewayState.Identifying);
        return _socket.SendAsync(GatewayPayloads.Identify(_context.Client), GatewaySendPriority.Normal, _lifetime.Token);
    }

    private async Task<GatewayConnectionResult> ReceiveLoopAsync()
    {
        try
        {
            while (true)
            {
                if (_decoded.Count >= HandOverBatch)
                {
                    await HandOverAsync().ConfigureAwait(false);
                }

                var receiving = _socket.ReceiveMessageAsync(_lifetime.Token);
                if (!receiving.IsCompleted)
                {
                    TryHandOver();
                }

                var (type, count) = await receiving.ConfigureAwait(false);
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
        finally
        {
            await HandOverRemainingAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Queues what fits without waiting, in order; the rest stays for the next hand-over.</summary>
    private void TryHandOver()
    {
        var handed = 0;
        while (handed < _decoded.Count && _context.Dispatches.TryWrite(_decoded[handed]))
        {
            handed++;
        }

        _decoded.RemoveRange(0, handed);
    }

    /// <summary>Queues every decoded event in order, waiting for room when the handlers are behind.</summary>
    private async ValueTask HandOverAsync()
    {
        TryHandOver();
        if (_decoded.Count == 0)
        {
            return;
        }

        _context.Logger.DispatchQueueFull(_context.Options.DispatchQueueCapacity);
        var handed = 0;
        try
        {
            for (; handed < _decoded.Count; handed++)
            {
                await _context.Dispatches.WriteAsync(_decoded[handed], _lifetime.Token).ConfigureAwait(false);
            }
        }
        finally
        {
            _decoded.RemoveRange(0, handed);
        }
    }

    /// <summary>
    /// When the connection ends, the events it decoded still reach the handlers (their sequence numbers are taken, so a
    /// resume would not replay them); only a connection torn down while the queue is full, or a stopped client, drops them.
    /// </summary>
    private async ValueTask HandOverRemainingAsync()
    {
        try
        {
            await HandOverAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or ChannelClosedException)
        {
            _decoded.Clear();
        }
    }

    private async ValueTask<GatewayConnectionResult?> ProcessAsync(int count)
    {
        GatewayEnvelope envelope;
        try
        {
            envelope = ReadEnvelope(_socket.Received[..count]);
        }
        catch (JsonException exception)
        {
            _context.Logger.MalformedPayload(exception, -1, null);
            return null;
        }

        switch (envelope.OpCode)
        {
            case GatewayOpCode.Dispatch:
                Decode(envelope);
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
                await _socket.CloseAsync(GatewayLimits.ResumableCloseCode).ConfigureAwait(false);
                return Ended(GatewayCloseAction.Resume, GatewayLimits.ResumableCloseCode, "reconnect requested (op 7)", serverRequested: true);
            case GatewayOpCode.InvalidSession:
                var resumable = _socket.Received[..count][envelope.Data].SequenceEqual("true"u8);
                _context.Logger.InvalidSession(resumable);
                await _socket.CloseAsync(GatewayLimits.ResumableCloseCode).ConfigureAwait(false);
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

    private void Decode(GatewayEnvelope envelope)
    {
        var session = _context.Session;
        if (envelope.Sequence is { } sequence && !session.TryAdvance(sequence))
        {
            _context.Logger.DuplicateSkipped(sequence, session.LastSequence);
            return;
        }

        GatewayDispatch? dispatch;
        try
        {
            dispatch = envelope.Decoded is { } data
                ? GatewayDispatchDecoder.Create(envelope.Event, envelope.Sequence ?? 0, data)
                : GatewayDispatchDecoder.Decode(envelope.Event, envelope.Sequence ?? 0, _socket.Received[envelope.Data]);
        }
        catch (JsonException exception)
        {
            _context.Logger.MalformedPayload(exception, (int)envelope.OpCode, envelope.Sequence);
            return;
        }

        if (dispatch is null)
        {
            if (_context.Logger.IsEnabled(LogLevel.Debug))
            {
                _context.Logger.UnknownEventIgnored(Encoding.UTF8.GetString(_socket.Received[envelope.Name]), envelope.Sequence);
            }

            return;
        }

        OnSessionEvent(dispatch);
        _context.Metrics.Dispatched();
        _decoded.Add(dispatch);
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
        var code = _socket.CloseStatus;
        if (_stopping)
        {
            return Ended(GatewayCloseAction.Stopped, code, "stopped");
        }

        var reason = string.IsNullOrEmpty(_socket.CloseStatusDescription) ? "closed by the server" : _socket.CloseStatusDescription;
        if (_socket.State == WebSocketState.CloseReceived && code is { } echo)
        {
            await _socket.CloseOutputAsync(echo).ConfigureAwait(false);
        }

        return Ended(_zombie ? GatewayCloseAction.Resume : GatewayClosePolicy.Classify(code), code, reason);
    }

    private GatewayConnectionResult Ended(GatewayCloseAction action, int? closeCode, string reason, bool serverRequested = false) =>
        new(action, _reachedReady, closeCode, reason, serverRequested);

    private async Task OnZombieAsync()
    {
        _zombie = true;
        _context.Logger.ZombieConnection();
        _context.Metrics.Zombie();
        await _socket.CloseOutputAsync(GatewayLimits.ResumableCloseCode).ConfigureAwait(false);

        // Aborting at once would reset the TCP connection and could destroy the close frame before the server reads
        // it; the receive loop ends when the close is echoed, and a server that never answers is cut off after the
        // close timeout, as on stop.
        _lifetime.CancelAfter(_context.Options.CloseTimeout);
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
        await _socket.CloseOutputAsync(GatewayCloseCodes.NormalClosure).ConfigureAwait(false);
    }
}
