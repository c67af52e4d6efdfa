using System.Net.WebSockets;

namespace VendorBot.Discord.Gateway;

/// <summary>
/// The heartbeat loop of one connection, independent of the receive loop and the handlers: the first beat after
/// <c>interval × jitter</c>, then one per interval. When a beat is due and the previous one got no ACK, the connection
/// is a zombie and <c>onZombie</c> runs instead.
/// </summary>
internal sealed class GatewayHeartbeater(
    GatewayConnectionContext context,
    Func<ReadOnlyMemory<byte>, GatewaySendPriority, CancellationToken, ValueTask> send,
    Func<Task> onZombie)
{
    private int _acknowledged = 1;
    private long _sentAt;

    /// <summary>
    /// Runs until cancelled or a zombie is found. The first delay starts before this method first yields, so a caller
    /// that starts it and then sends Identify has the schedule fixed from Hello on.
    /// </summary>
    public async Task RunAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(interval * context.Random.NextDouble(), context.Time, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                if (Volatile.Read(ref _acknowledged) == 0)
                {
                    await onZombie().ConfigureAwait(false);
                    return;
                }

                // The next beat is scheduled before this one is sent, so sending time does not stretch the cadence.
                var next = Task.Delay(interval, context.Time, cancellationToken);
                await BeatAsync(cancellationToken).ConfigureAwait(false);
                await next.ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection is closing.
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The socket broke under us; the receive loop sees the same failure and ends the connection.
        }
    }

    /// <summary>Sends a heartbeat now (also when the server asks with op 1).</summary>
    public ValueTask BeatAsync(CancellationToken cancellationToken)
    {
        Volatile.Write(ref _acknowledged, 0);
        Interlocked.Exchange(ref _sentAt, context.Time.GetTimestamp());
        return send(GatewayPayloads.Heartbeat(context.Session.LastSequence), GatewaySendPriority.Heartbeat, cancellationToken);
    }

    /// <summary>Records an ACK (op 11).</summary>
    public void Acknowledge()
    {
        Volatile.Write(ref _acknowledged, 1);
        context.Metrics.HeartbeatAcknowledged(context.Time.GetElapsedTime(Interlocked.Read(ref _sentAt)));
    }
}
