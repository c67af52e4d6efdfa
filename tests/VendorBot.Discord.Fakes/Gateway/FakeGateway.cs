using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace VendorBot.Discord.Fakes.Gateway;

/// <summary>
/// The fake Discord gateway. Hello → expects Identify → READY (resume URL pointing at itself) → ACKs heartbeats →
/// dispatches with increasing <c>s</c>; Resume → replays the events after <c>seq</c> → RESUMED. Scriptable per test
/// and recording every payload it receives. Every loop ends with its connection, which lives at most
/// <see cref="MaxConnectionLifetime"/>.
/// </summary>
public sealed partial class FakeGateway
{
    private readonly object _lock = new();
    private readonly SemaphoreSlim _dispatchLock = new(1, 1);
    private readonly long _started = TimeProvider.System.GetTimestamp();
    private readonly List<FakeGatewayPayload> _received = [];
    private readonly List<FakeGatewayConnection> _connections = [];
    private readonly List<string?> _gatewayBotAuthorizations = [];
    private readonly Dictionary<string, FakeGatewaySession> _sessions = [];
    private FakeGatewaySession? _currentSession;
    private FakeGatewayConnection? _live;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The interval sent in Hello. <value>Default 41.25 s; tests use 50–200 ms or drive a FakeTimeProvider.</value></summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMilliseconds(41_250);

    /// <summary>Whether heartbeats get an ACK (op 11). Set false to make the connection look like a zombie.</summary>
    public bool AckHeartbeats { get; set; } = true;

    /// <summary>When set, the fake closes with this code instead of answering Identify (e.g. 4004, 4014).</summary>
    public int? IdentifyCloseCode { get; set; }

    /// <summary>When set, the fake closes with this code instead of answering Resume (e.g. 4007).</summary>
    public int? ResumeCloseCode { get; set; }

    /// <summary>When true, Resume is answered with op 9 <c>d: false</c>.</summary>
    public bool RejectResume { get; set; }

    /// <summary>Extra already-delivered events replayed on Resume, to check the client drops duplicates. <value>Default 0.</value></summary>
    public int ReplayOverlap { get; set; }

    /// <summary>Status of <c>GET /gateway/bot</c> (e.g. 401 for a bad token). <value>Default 200.</value></summary>
    public int GatewayBotStatus { get; set; } = StatusCodes.Status200OK;

    /// <summary><c>session_start_limit.remaining</c> in <c>GET /gateway/bot</c>. <value>Default 999.</value></summary>
    public int SessionStartRemaining { get; set; } = 999;

    /// <summary><c>session_start_limit.reset_after</c> in milliseconds. <value>Default 0.</value></summary>
    public long SessionStartResetAfterMilliseconds { get; set; }

    /// <summary>The longest a connection is kept open. <value>Default 2 minutes.</value></summary>
    public TimeSpan MaxConnectionLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Told of every dispatch the fake sends (event name, data), so the REST half knows the interactions.</summary>
    internal Action<string, string>? DispatchSent { get; set; }

    /// <summary>Every payload received from clients, in arrival order.</summary>
    public IReadOnlyList<FakeGatewayPayload> Received
    {
        get
        {
            lock (_lock)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Every connection accepted, in order.</summary>
    public IReadOnlyList<FakeGatewayConnectionInfo> Connections
    {
        get
        {
            lock (_lock)
            {
                return [.. _connections.Select(connection => connection.Snapshot())];
            }
        }
    }

    /// <summary>The Authorization header of every <c>GET /gateway/bot</c>.</summary>
    public IReadOnlyList<string?> GatewayBotAuthorizations
    {
        get
        {
            lock (_lock)
            {
                return [.. _gatewayBotAuthorizations];
            }
        }
    }

    /// <summary>The payloads received with this opcode.</summary>
    public IReadOnlyList<FakeGatewayPayload> ReceivedWithOp(int op) => [.. Received.Where(payload => payload.Op == op)];

    /// <summary>Waits until <paramref name="condition"/> holds, re-checking on every change; throws <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<FakeGateway, bool> condition, TimeSpan timeout, string? what = null)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (condition(this))
                {
                    return;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The fake gateway did not see {what ?? "the expected state"} within {timeout}.");
            }
        }
    }

    /// <summary>Waits until <paramref name="count"/> payloads with opcode <paramref name="op"/> have arrived.</summary>
    public Task WaitForOpAsync(int op, int count, TimeSpan timeout) =>
        WaitUntilAsync(gateway => gateway.ReceivedWithOp(op).Count >= count, timeout, $"{count} payload(s) with op {op}");

    /// <summary>Sequences a dispatch in the current session and sends it if a client is live; otherwise it waits for a Resume.</summary>
    public async Task PushDispatchAsync(string eventName, string dataJson, CancellationToken cancellationToken = default)
    {
        await _dispatchLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var session = _currentSession ?? throw new InvalidOperationException("No session yet: wait for Identify first.");
            DispatchSent?.Invoke(eventName, dataJson);
            var frame = Sequence(session, eventName, dataJson);
            if (_live is { } live)
            {
                await live.SendAsync(frame, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _dispatchLock.Release();
        }
    }

    /// <summary>Sequences many dispatches now (kept for replay) and returns their frames, to send with <see cref="SendBatchAsync"/>.</summary>
    public FakeGatewayBatch PrepareDispatches(string eventName, IReadOnlyList<string> dataJson)
    {
        _dispatchLock.Wait();
        try
        {
            var session = _currentSession ?? throw new InvalidOperationException("No session yet: wait for Identify first.");
            session.Log.EnsureCapacity(session.Log.Count + dataJson.Count);
            foreach (var data in dataJson)
            {
                DispatchSent?.Invoke(eventName, data);
            }

            return new FakeGatewayBatch([.. dataJson.Select(data => Sequence(session, eventName, data))]);
        }
        finally
        {
            _dispatchLock.Release();
        }
    }

    /// <summary>Sends a prepared batch to the live client, in order. Prepare and send before pushing anything else.</summary>
    public async Task SendBatchAsync(FakeGatewayBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await _dispatchLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var live = _live ?? throw new InvalidOperationException("No live client connection.");
            foreach (var frame in batch.Frames)
            {
                if (!await live.SendAsync(frame, cancellationToken).ConfigureAwait(false))
                {
                    throw new InvalidOperationException("The client connection ended during the batch.");
                }
            }
        }
        finally
        {
            _dispatchLock.Release();
        }
    }

    /// <summary>Kills the newest connection's TCP socket without a close frame.</summary>
    public void DropConnection() => Newest()?.Drop();

    /// <summary>Sends op 7 (Reconnect) on the newest connection.</summary>
    public Task SendReconnectAsync() => SendOpAsync("{\"op\":7,\"d\":null}");

    /// <summary>Sends op 9 (Invalid Session) with <c>d</c> = <paramref name="resumable"/>.</summary>
    public Task SendInvalidSessionAsync(bool resumable) => SendOpAsync(resumable ? "{\"op\":9,\"d\":true}" : "{\"op\":9,\"d\":false}");

    /// <summary>Sends op 1: the client must heartbeat at once.</summary>
    public Task RequestHeartbeatAsync() => SendOpAsync("{\"op\":1,\"d\":null}");

    /// <summary>Closes the newest connection with a close code (4000, 4004, 4007, 4009, 4014, ...).</summary>
    public Task CloseAsync(int code, string reason = "") =>
        Newest() is { } connection ? connection.CloseAsync(code, reason, CancellationToken.None) : Task.CompletedTask;

    private TimeSpan Now => TimeProvider.System.GetElapsedTime(_started);

    private static byte[] Frame(string eventName, long sequence, string dataJson) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{{\"op\":0,\"s\":{sequence},\"t\":\"{eventName}\",\"d\":{dataJson}}}"));

    private static byte[] Sequence(FakeGatewaySession session, string eventName, string dataJson)
    {
        var sequence = session.LastSequence + 1;
        var frame = Frame(eventName, sequence, dataJson);
        session.Log.Add((sequence, frame));
        return frame;
    }

    private FakeGatewayConnection? Newest()
    {
        lock (_lock)
        {
            return _connections.LastOrDefault(connection => !connection.IsClosed);
        }
    }

    private async Task SendOpAsync(string json)
    {
        if (Newest() is { } connection)
        {
            await connection.SendAsync(Encoding.UTF8.GetBytes(json), CancellationToken.None).ConfigureAwait(false);
        }
    }

    private void Changed(Action update)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            update();
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
