using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>A message as Discord sends it (MESSAGE_CREATE, REST responses).</summary>
public sealed record Message
{
    /// <summary>The message id.</summary>
    [JsonPropertyName("id")]
    public Snowflake Id { get; init; }

    /// <summary>The channel (or thread) the message is in.</summary>
    [JsonPropertyName("channel_id")]
    public Snowflake ChannelId { get; init; }

    /// <summary>The guild; absent in DMs.</summary>
    [JsonPropertyName("guild_id")]
    public Snowflake? GuildId { get; init; }

    /// <summary>The author. <c>Author.Bot</c> is true for bots and webhooks.</summary>
    [JsonPropertyName("author")]
    public User Author { get; init; } = new();

    /// <summary>The author's guild membership (guild messages only, without <c>user</c>).</summary>
    [JsonPropertyName("member")]
    public GuildMember? Member { get; init; }

    /// <summary>The text; empty without the MESSAGE_CONTENT intent unless the bot is mentioned.</summary>
    [JsonPropertyName("content")]
    public string Content { get; init; } = "";

    /// <summary>Users mentioned; the bot is addressed when its id is here.</summary>
    [JsonPropertyName("mentions")]
    public IReadOnlyList<User> Mentions { get => field ?? []; init; }

    /// <summary>Role ids mentioned.</summary>
    [JsonPropertyName("mention_roles")]
    public IReadOnlyList<Snowflake> MentionRoles { get => field ?? []; init; }

    /// <summary>Whether @everyone or @here was mentioned (and allowed to ping).</summary>
    [JsonPropertyName("mention_everyone")]
    public bool MentionEveryone { get; init; }

    /// <summary>What this message replies to, for replies (type 19).</summary>
    [JsonPropertyName("message_reference")]
    public MessageReference? MessageReference { get; init; }

    /// <summary>The message replied to; null when deleted or not loaded.</summary>
    [JsonPropertyName("referenced_message")]
    public Message? ReferencedMessage { get; init; }

    /// <summary>The message type (0 default, 19 reply, ...).</summary>
    [JsonPropertyName("type")]
    public MessageType Type { get; init; }

    /// <summary>The thread this message started, if any.</summary>
    [JsonPropertyName("thread")]
    public Channel? Thread { get; init; }

    /// <summary>Embeds on the message.</summary>
    [JsonPropertyName("embeds")]
    public IReadOnlyList<Embed> Embeds { get => field ?? []; init; }

    /// <summary>Action rows of components (buttons).</summary>
    [JsonPropertyName("components")]
    public IReadOnlyList<ActionRow> Components { get => field ?? []; init; }

    /// <summary>Message flags (64 = ephemeral).</summary>
    [JsonPropertyName("flags")]
    public MessageFlags Flags { get; init; }

    /// <summary>When the message was sent.</summary>
    [JsonPropertyName("timestamp")]
    public DateTimeOffset? Timestamp { get; init; }
}
