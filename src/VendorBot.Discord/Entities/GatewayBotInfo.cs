using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>The answer of <c>GET /gateway/bot</c>: where to connect and how many sessions may start.</summary>
public sealed record GatewayBotInfo
{
    /// <summary>The WebSocket URL (add <c>?v=10&amp;encoding=json</c>).</summary>
    [JsonPropertyName("url")]
    public string Url { get; init; } = "";

    /// <summary>Recommended shard count.</summary>
    [JsonPropertyName("shards")]
    public int Shards { get; init; } = 1;

    /// <summary>Identify limits.</summary>
    [JsonPropertyName("session_start_limit")]
    public SessionStartLimit SessionStartLimit { get; init; } = new();
}
