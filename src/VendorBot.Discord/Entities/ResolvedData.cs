using System.Collections.ObjectModel;
using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>Objects referenced by command options, keyed by id; a map Discord leaves out reads as empty.</summary>
public sealed record ResolvedData
{
    /// <summary>Users referenced by user options.</summary>
    [JsonPropertyName("users")]
    public IReadOnlyDictionary<Snowflake, User> Users { get => field ?? Empty<User>(); init; }

    /// <summary>Members (without <c>user</c>) referenced by user options in guilds.</summary>
    [JsonPropertyName("members")]
    public IReadOnlyDictionary<Snowflake, GuildMember> Members { get => field ?? Empty<GuildMember>(); init; }

    /// <summary>Roles referenced by role options.</summary>
    [JsonPropertyName("roles")]
    public IReadOnlyDictionary<Snowflake, Role> Roles { get => field ?? Empty<Role>(); init; }

    /// <summary>Partial channels referenced by channel options.</summary>
    [JsonPropertyName("channels")]
    public IReadOnlyDictionary<Snowflake, Channel> Channels { get => field ?? Empty<Channel>(); init; }

    /// <summary>Files referenced by attachment options.</summary>
    [JsonPropertyName("attachments")]
    public IReadOnlyDictionary<Snowflake, Attachment> Attachments { get => field ?? Empty<Attachment>(); init; }

    private static ReadOnlyDictionary<Snowflake, T> Empty<T>() => ReadOnlyDictionary<Snowflake, T>.Empty;
}
