using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>An interaction (INTERACTION_CREATE): a slash command, a button click, an autocomplete request.</summary>
public sealed record Interaction
{
    /// <summary>The interaction id (used in the callback route).</summary>
    [JsonPropertyName("id")]
    public Snowflake Id { get; init; }

    /// <summary>The application the interaction is for (used in the webhook routes).</summary>
    [JsonPropertyName("application_id")]
    public Snowflake ApplicationId { get; init; }

    /// <summary>What kind of interaction this is.</summary>
    [JsonPropertyName("type")]
    public InteractionType Type { get; init; }

    /// <summary>The continuation token: answer within 3 s, then valid 15 min. A secret of sorts: never logged.</summary>
    [JsonPropertyName("token")]
    public string Token { get; init; } = "";

    /// <summary>The guild it came from; absent in DMs.</summary>
    [JsonPropertyName("guild_id")]
    public Snowflake? GuildId { get; init; }

    /// <summary>The channel it came from.</summary>
    [JsonPropertyName("channel_id")]
    public Snowflake? ChannelId { get; init; }

    /// <summary>The invoking member, in guilds (with <c>user</c> and <c>permissions</c>).</summary>
    [JsonPropertyName("member")]
    public GuildMember? Member { get; init; }

    /// <summary>The invoking user, in DMs.</summary>
    [JsonPropertyName("user")]
    public User? User { get; init; }

    /// <summary>The bot's own permissions in the channel, as a decimal string bitfield.</summary>
    [JsonPropertyName("app_permissions")]
    public string? AppPermissions { get; init; }

    /// <summary>The invoker's locale.</summary>
    [JsonPropertyName("locale")]
    public string? Locale { get; init; }

    /// <summary>The command or component data.</summary>
    [JsonPropertyName("data")]
    public InteractionData? Data { get; init; }

    /// <summary>For components: the message the component is on.</summary>
    [JsonPropertyName("message")]
    public Message? Message { get; init; }

    /// <summary>The invoking user, from <see cref="Member"/> in guilds or <see cref="User"/> in DMs.</summary>
    [JsonIgnore]
    public User? Invoker => Member?.User ?? User;

    /// <summary>The invoker's permissions in the channel; in DMs there is no member, so none.</summary>
    [JsonIgnore]
    public Permissions InvokerPermissions => Member?.ParsedPermissions ?? Permissions.None;
}
