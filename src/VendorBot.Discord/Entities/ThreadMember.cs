using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>
/// A thread member: on THREAD_CREATE (when the bot is added to an existing private thread) and on the threads of
/// GUILD_CREATE it is the bot's own membership, so its presence means the bot is in the thread.
/// </summary>
public sealed record ThreadMember
{
    /// <summary>The thread id (absent on some events).</summary>
    [JsonPropertyName("id")]
    public Snowflake? Id { get; init; }

    /// <summary>The member's user id (absent on some events).</summary>
    [JsonPropertyName("user_id")]
    public Snowflake? UserId { get; init; }

    /// <summary>When the user last joined the thread.</summary>
    [JsonPropertyName("join_timestamp")]
    public DateTimeOffset? JoinTimestamp { get; init; }
}
