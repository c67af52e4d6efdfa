using VendorBot.Discord.Commands;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Interactions;

namespace VendorBot.Discord.Rest;

/// <summary>
/// The Discord REST calls VendorBot makes. Every call validates its body against <see cref="DiscordLimits"/>
/// first (<see cref="DiscordLimitException"/>, nothing sent), waits through rate limits, and fails with
/// <see cref="DiscordRestException"/>.
/// </summary>
public interface IDiscordRestClient
{
    /// <summary><c>POST /channels/{channel_id}/messages</c>.</summary>
    Task<Message> CreateMessageAsync(Snowflake channelId, MessagePayload message, CancellationToken cancellationToken);

    /// <summary><c>PATCH /channels/{channel_id}/messages/{message_id}</c>; null fields stay unchanged.</summary>
    Task<Message> EditMessageAsync(Snowflake channelId, Snowflake messageId, MessagePayload message, CancellationToken cancellationToken);

    /// <summary><c>POST /channels/{channel_id}/typing</c> (the indicator lasts about 10 s).</summary>
    Task TriggerTypingAsync(Snowflake channelId, CancellationToken cancellationToken);

    /// <summary><c>POST /channels/{channel_id}/messages/{message_id}/threads</c>.</summary>
    Task<Channel> StartThreadFromMessageAsync(Snowflake channelId, Snowflake messageId, StartThreadPayload thread, CancellationToken cancellationToken);

    /// <summary><c>GET /users/@me</c>: the bot user.</summary>
    Task<User> GetCurrentUserAsync(CancellationToken cancellationToken);

    /// <summary><c>GET /applications/@me</c>: the bot's application.</summary>
    Task<Application> GetCurrentApplicationAsync(CancellationToken cancellationToken);

    /// <summary><c>GET /gateway/bot</c>: the gateway URL and session start limits.</summary>
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken);

    /// <summary><c>POST /interactions/{id}/{token}/callback</c> (no Authorization header; exempt from the global limit).</summary>
    Task CreateInteractionResponseAsync(Snowflake interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken);

    /// <summary><c>POST /webhooks/{application_id}/{token}</c>: a follow-up message.</summary>
    Task<Message> CreateFollowupMessageAsync(Snowflake applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken);

    /// <summary><c>PATCH /webhooks/{application_id}/{token}/messages/@original</c>.</summary>
    Task<Message> EditOriginalResponseAsync(Snowflake applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken);

    /// <summary><c>DELETE /webhooks/{application_id}/{token}/messages/@original</c>.</summary>
    Task DeleteOriginalResponseAsync(Snowflake applicationId, string interactionToken, CancellationToken cancellationToken);

    /// <summary><c>GET /applications/{application_id}/commands</c>, or the guild's commands when <paramref name="guildId"/> is set.</summary>
    Task<IReadOnlyList<ApplicationCommand>> GetCommandsAsync(Snowflake applicationId, Snowflake? guildId, CancellationToken cancellationToken);

    /// <summary><c>PUT /applications/{application_id}/commands</c> (or the guild route): replaces all commands at once.</summary>
    Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteCommandsAsync(Snowflake applicationId, Snowflake? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken);
}
