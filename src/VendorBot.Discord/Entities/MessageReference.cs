using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>Points at the message a reply answers.</summary>
public sealed record MessageReference
{
    /// <summary>The referenced message.</summary>
    [JsonPropertyName("message_id")]
    public Snowflake? MessageId { get; init; }

    /// <summary>The referenced message's channel.</summary>
    [JsonPropertyName("channel_id")]
    public Snowflake? ChannelId { get; init; }

    /// <summary>The referenced message's guild.</summary>
    [JsonPropertyName("guild_id")]
    public Snowflake? GuildId { get; init; }

    /// <summary>When sending: false sends the reply as a plain message if the original is gone.</summary>
    [JsonPropertyName("fail_if_not_exists")]
    public bool? FailIfNotExists { get; init; }
}
