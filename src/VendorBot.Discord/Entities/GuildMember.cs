using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>A user's membership in a guild. In MESSAGE_CREATE it comes without <see cref="User"/>.</summary>
public sealed record GuildMember
{
    /// <summary>The user; present in interactions, absent in MESSAGE_CREATE.</summary>
    [JsonPropertyName("user")]
    public User? User { get; init; }

    /// <summary>The guild nickname, when set.</summary>
    [JsonPropertyName("nick")]
    public string? Nick { get; init; }

    /// <summary>The ids of the member's roles.</summary>
    [JsonPropertyName("roles")]
    public IReadOnlyList<Snowflake> Roles { get => field ?? []; init; }

    /// <summary>
    /// The member's permissions in the interaction's channel as Discord's decimal string bitfield; only sent in
    /// interactions. Use <see cref="ParsedPermissions"/> to check them.
    /// </summary>
    [JsonPropertyName("permissions")]
    public string? Permissions { get; init; }

    /// <summary><see cref="Permissions"/> parsed; <see cref="Entities.Permissions.None"/> when absent or malformed.</summary>
    [JsonIgnore]
    public Permissions ParsedPermissions => PermissionsParser.ParseOrNone(Permissions);
}
