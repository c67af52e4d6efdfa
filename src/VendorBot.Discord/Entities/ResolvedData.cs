using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>Objects referenced by command options, keyed by id.</summary>
public sealed record ResolvedData
{
    /// <summary>Users referenced by user options.</summary>
    [JsonPropertyName("users")]
    public IReadOnlyDictionary<Snowflake, User> Users { get; init; } = new Dictionary<Snowflake, User>();

    /// <summary>Members (without <c>user</c>) referenced by user options in guilds.</summary>
    [JsonPropertyName("members")]
    public IReadOnlyDictionary<Snowflake, GuildMember> Members { get; init; } = new Dictionary<Snowflake, GuildMember>();

    /// <summary>Roles referenced by role options.</summary>
    [JsonPropertyName("roles")]
    public IReadOnlyDictionary<Snowflake, Role> Roles { get; init; } = new Dictionary<Snowflake, Role>();

    /// <summary>Partial channels referenced by channel options.</summary>
    [JsonPropertyName("channels")]
    public IReadOnlyDictionary<Snowflake, Channel> Channels { get; init; } = new Dictionary<Snowflake, Channel>();
}
