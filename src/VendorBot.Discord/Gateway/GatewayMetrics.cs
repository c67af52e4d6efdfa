using System.Diagnostics.Metrics;

namespace VendorBot.Discord.Gateway;

/// <summary>The gateway's instruments on the <c>VendorBot.Discord</c> meter.</summary>
internal sealed class GatewayMetrics
{
    /// <summary>The meter name shared by the Discord client.</summary>
    public const string MeterName = "VendorBot.Discord";

    private readonly Counter<long> _connections;
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _zombies;
    private readonly Counter<long> _dispatches;
    private readonly Counter<long> _handlerFailures;
    private readonly Histogram<double> _heartbeatLatency;

    public GatewayMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _connections = meter.CreateCounter<long>("vendorbot.discord.gateway.connections", "{connection}", "Gateway connections opened (tag mode: identify or resume).");
        _reconnects = meter.CreateCounter<long>("vendorbot.discord.gateway.reconnects", "{reconnect}", "Connections that ended and led to another (tag action).");
        _zombies = meter.CreateCounter<long>("vendorbot.discord.gateway.zombies", "{connection}", "Connections closed for a missing heartbeat ACK.");
        _dispatches = meter.CreateCounter<long>("vendorbot.discord.gateway.dispatches", "{event}", "Typed events queued for the handlers.");
        _handlerFailures = meter.CreateCounter<long>("vendorbot.discord.gateway.handler_failures", "{failure}", "Event handler exceptions.");
        _heartbeatLatency = meter.CreateHistogram<double>("vendorbot.discord.gateway.heartbeat.latency", "ms", "Time from a heartbeat to its ACK.");
    }

    public void ConnectionOpened(bool resume) =>
        _connections.Add(1, new KeyValuePair<string, object?>("mode", resume ? "resume" : "identify"));

    public void Reconnect(GatewayCloseAction action) =>
        _reconnects.Add(1, new KeyValuePair<string, object?>("action", action.ToString()));

    public void Zombie() => _zombies.Add(1);

    public void Dispatched() => _dispatches.Add(1);

    public void HandlerFailed() => _handlerFailures.Add(1);

    public void HeartbeatAcknowledged(TimeSpan latency) => _heartbeatLatency.Record(latency.TotalMilliseconds);
}
