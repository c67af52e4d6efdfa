using System.Text.Json.Serialization;

namespace VendorBot.Discord.Gateway;

/// <summary>The <c>d</c> of Hello (op 10).</summary>
internal sealed record HelloData([property: JsonPropertyName("heartbeat_interval")] long HeartbeatIntervalMilliseconds);
