using System.Text.Json.Serialization;
using VendorBot.Discord.Entities;

namespace VendorBot.Discord.Gateway;

/// <summary>The <c>d</c> of READY: the session to resume later and who the bot is.</summary>
public sealed record ReadyEvent
{
    /// <summary>The gateway API version.</summary>
    [JsonPropertyName("v")]
    public int Version { get; init; }

    /// <summary>The bot user.</summary>
    [JsonPropertyName("user")]
    public User User { get; init; } = new();

    /// <summary>The session id, needed to resume.</summary>
    [JsonPropertyName("session_id")]
    public string SessionId { get; init; } = "";

    /// <summary>Where to reconnect to resume this session.</summary>
    [JsonPropertyName("resume_gateway_url")]
    public string ResumeGatewayUrl { get; init; } = "";

    /// <summary>The bot's application (id and flags).</summary>
    [JsonPropertyName("application")]
    public Application? Application { get; init; }

    /// <summary>The guilds the bot is in, as unavailable stubs; a GUILD_CREATE follows for each.</summary>
    [JsonPropertyName("guilds")]
    public IReadOnlyList<Guild> Guilds { get => field ?? []; init; }

    /// <summary>The shard pair <c>[id, count]</c>, when sharding.</summary>
    [JsonPropertyName("shard")]
    public IReadOnlyList<int>? Shard { get; init; }
}
