using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>A channel or thread (the basics VendorBot needs: GUILD_CREATE, THREAD_CREATE, start-thread responses).</summary>
public sealed record Channel
{
    /// <summary>The channel id.</summary>
    [JsonPropertyName("id")]
    public Snowflake Id { get; init; }

    /// <summary>The channel type.</summary>
    [JsonPropertyName("type")]
    public ChannelType Type { get; init; }

    /// <summary>The guild; absent for DMs.</summary>
    [JsonPropertyName("guild_id")]
    public Snowflake? GuildId { get; init; }

    /// <summary>The name (1–100 characters for threads).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>For threads: the channel it lives in.</summary>
    [JsonPropertyName("parent_id")]
    public Snowflake? ParentId { get; init; }

    /// <summary>For threads: who created it.</summary>
    [JsonPropertyName("owner_id")]
    public Snowflake? OwnerId { get; init; }

    /// <summary>THREAD_CREATE only: true when the thread was just created (not merely made visible).</summary>
    [JsonPropertyName("newly_created")]
    public bool? NewlyCreated { get; init; }

    /// <summary>The channel's permission overwrites (guild channels; threads take their parent's).</summary>
    [JsonPropertyName("permission_overwrites")]
    public IReadOnlyList<PermissionOverwrite> PermissionOverwrites { get; init; } = [];

    /// <summary>The bot's thread membership, when Discord includes it (THREAD_CREATE on being added to a thread).</summary>
    [JsonPropertyName("member")]
    public ThreadMember? Member { get; init; }

    /// <summary>True for thread channel types.</summary>
    [JsonIgnore]
    public bool IsThread => Type is ChannelType.AnnouncementThread or ChannelType.PublicThread or ChannelType.PrivateThread;
}
