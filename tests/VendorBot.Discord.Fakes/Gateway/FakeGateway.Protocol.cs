using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using VendorBot.Discord.Fakes.Payloads;

namespace VendorBot.Discord.Fakes.Gateway;

/// <summary>The fake's side of the protocol: <c>/gateway/bot</c>, Hello, Identify, Resume, heartbeats.</summary>
public sealed partial class FakeGateway
{
    /// <summary>The READY's bot user id.</summary>
    public const string BotUserId = "900";

    /// <summary>The READY's application id.</summary>
    public const string ApplicationId = "950";

    /// <summary>The guild READY lists as unavailable (a GUILD_CREATE would follow on Discord).</summary>
    public const string ReadyGuildId = "700";

    internal async Task GatewayBotAsync(HttpContext context)
    {
        Changed(() => _gatewayBotAuthorizations.Add(context.Request.Headers.Authorization.ToString()));
        context.Response.StatusCode = GatewayBotStatus;
        if (GatewayBotStatus != StatusCodes.Status200OK)
        {
            await context.Response.WriteAsync("{\"message\": \"401: Unauthorized\", \"code\": 0}", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = "application/json";
        var body = string.Create(CultureInfo.InvariantCulture,
            $"{{\"url\":\"{GatewayUrl(context)}\",\"shards\":1,\"session_start_limit\":{{\"total\":1000,\"remaining\":{SessionStartRemaining},\"reset_after\":{SessionStartResetAfterMilliseconds},\"max_concurrency\":1}}}}");
        await context.Response.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    internal async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        FakeGatewayConnection connection = null!;
        Changed(() =>
        {
            connection = new FakeGatewayConnection(_connections.Count + 1, Now, socket, context);
            _connections.Add(connection);
        });
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        lifetime.CancelAfter(MaxConnectionLifetime);
        try
        {
            if (TakeReconnectBeforeHello())
            {
                await connection.SendAsync("{\"op\":7,\"d\":null}"u8.ToArray(), lifetime.Token).ConfigureAwait(false);
                await ReceiveLoopAsync(connection, socket, context, lifetime.Token).ConfigureAwait(false);
                return;
            }

            var hello = string.Create(CultureInfo.InvariantCulture, $"{{\"op\":10,\"d\":{{\"heartbeat_interval\":{(long)HeartbeatInterval.TotalMilliseconds}}}}}");
            await connection.SendAsync(Encoding.UTF8.GetBytes(hello), lifetime.Token).ConfigureAwait(false);
            await ReceiveLoopAsync(connection, socket, context, lifetime.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or ConnectionAbortedException)
        {
            // The client went away or the connection was dropped on purpose.
        }
        finally
        {
            await _dispatchLock.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                Changed(() =>
                {
                    connection.IsClosed = true;
                    if (ReferenceEquals(_live, connection))
                    {
                        _live = null;
                    }
                });
            }
            finally
            {
                _dispatchLock.Release();
            }

            connection.Dispose();
        }
    }

    private static string GatewayUrl(HttpContext context) => $"ws://{context.Request.Host}/gateway";

    private async Task ReceiveLoopAsync(FakeGatewayConnection connection, WebSocket socket, HttpContext context, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken).ConfigureAwait(false);
                buffer.Advance(result.Count);
            }
            while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                Changed(() => connection.ClientCloseCode = (int?)socket.CloseStatus);
                if (socket.State == WebSocketState.CloseReceived)
                {
                    await connection.CloseAsync((int)(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure), "", cancellationToken).ConfigureAwait(false);
                }

                return;
            }

            var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
            using var document = JsonDocument.Parse(json);
            var op = document.RootElement.GetProperty("op").GetInt32();
            Changed(() => _received.Add(new FakeGatewayPayload(connection.Number, op, json, Now)));
            var data = document.RootElement.TryGetProperty("d", out var d) ? d : default;
            switch (op)
            {
                case 1 when AckHeartbeats:
                    await connection.SendAsync("{\"op\":11}"u8.ToArray(), cancellationToken).ConfigureAwait(false);
                    break;
                case 2:
                    await IdentifyAsync(connection, data, context, cancellationToken).ConfigureAwait(false);
                    break;
                case 6:
                    await ResumeAsync(connection, data, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    break;
            }
        }
    }

    private async Task IdentifyAsync(FakeGatewayConnection connection, JsonElement data, HttpContext context, CancellationToken cancellationToken)
    {
        if (IdentifyCloseCode is { } code)
        {
            await connection.CloseAsync(code, "Identify rejected by the test script.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var shard = data.TryGetProperty("shard", out var pair) ? JsonNode.Parse(pair.GetRawText())! : new JsonArray(0, 1);
        var session = new FakeGatewaySession(Guid.NewGuid().ToString("N"));
        var ready = DiscordPayload.Render("ready", new Dictionary<string, object>
        {
            ["bot_id"] = BotUserId,
            ["session_id"] = session.Id,
            ["resume_gateway_url"] = GatewayUrl(context),
            ["guild_id"] = ReadyGuildId,
            ["application_id"] = ApplicationId,
            ["shard"] = shard,
        });
        await _dispatchLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Changed(() =>
            {
                _sessions[session.Id] = session;
                _currentSession = session;
                connection.Session = session;
                _live = connection;
            });
            await connection.SendAsync(Sequence(session, "READY", ready), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _dispatchLock.Release();
        }
    }

    private async Task ResumeAsync(FakeGatewayConnection connection, JsonElement data, CancellationToken cancellationToken)
    {
        if (ResumeCloseCode is { } code)
        {
            await connection.CloseAsync(code, "Resume rejected by the test script.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var sessionId = ReadString(data, "session_id");
        var seq = data.TryGetProperty("seq", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : 0;
        await _dispatchLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            FakeGatewaySession? session;
            lock (_lock)
            {
                session = !RejectResume && sessionId is not null && _sessions.TryGetValue(sessionId, out var known) ? known : null;
            }

            if (session is null)
            {
                await connection.SendAsync("{\"op\":9,\"d\":false}"u8.ToArray(), cancellationToken).ConfigureAwait(false);
                return;
            }

            foreach (var (_, frame) in session.Log.Where(entry => entry.Sequence > seq - ReplayOverlap).ToList())
            {
                await connection.SendAsync(frame, cancellationToken).ConfigureAwait(false);
            }

            Changed(() =>
            {
                connection.Session = session;
                _live = connection;
            });
            await connection.SendAsync(Sequence(session, "RESUMED", "null"), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _dispatchLock.Release();
        }
    }
}
