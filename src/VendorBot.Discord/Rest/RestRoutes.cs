using VendorBot.Discord.Entities;

namespace VendorBot.Discord.Rest;

/// <summary>The REST calls VendorBot makes, with their buckets' major parameters and retry safety.</summary>
internal static class RestRoutes
{
    public static RestRoute CreateMessage(Snowflake channelId) =>
        new(HttpMethod.Post, "/channels/{channel_id}/messages", $"channels/{channelId}/messages", $"channel:{channelId}");

    public static RestRoute EditMessage(Snowflake channelId, Snowflake messageId) =>
        new(HttpMethod.Patch, "/channels/{channel_id}/messages/{message_id}", $"channels/{channelId}/messages/{messageId}", $"channel:{channelId}", Idempotent: true);

    public static RestRoute TriggerTyping(Snowflake channelId) =>
        new(HttpMethod.Post, "/channels/{channel_id}/typing", $"channels/{channelId}/typing", $"channel:{channelId}", Idempotent: true);

    public static RestRoute StartThreadFromMessage(Snowflake channelId, Snowflake messageId) =>
        new(HttpMethod.Post, "/channels/{channel_id}/messages/{message_id}/threads", $"channels/{channelId}/messages/{messageId}/threads", $"channel:{channelId}");

    public static RestRoute GetCurrentUser() =>
        new(HttpMethod.Get, "/users/@me", "users/@me", "", Idempotent: true);

    public static RestRoute GetCurrentApplication() =>
        new(HttpMethod.Get, "/applications/@me", "applications/@me", "", Idempotent: true);

    public static RestRoute GetGatewayBot() =>
        new(HttpMethod.Get, "/gateway/bot", "gateway/bot", "", Idempotent: true);

    public static RestRoute InteractionCallback(Snowflake interactionId, string token) =>
        new(HttpMethod.Post, "/interactions/{interaction_id}/{token}/callback", $"interactions/{interactionId}/{Escape(token)}/callback",
            $"interaction:{interactionId}", RequiresAuthorization: false, GlobalExempt: true);

    public static RestRoute CreateFollowup(Snowflake applicationId, string token) =>
        new(HttpMethod.Post, "/webhooks/{application_id}/{token}", $"webhooks/{applicationId}/{Escape(token)}",
            Webhook(applicationId, token), RequiresAuthorization: false, GlobalExempt: true);

    public static RestRoute EditOriginal(Snowflake applicationId, string token) =>
        new(HttpMethod.Patch, "/webhooks/{application_id}/{token}/messages/@original", $"webhooks/{applicationId}/{Escape(token)}/messages/@original",
            Webhook(applicationId, token), RequiresAuthorization: false, GlobalExempt: true, Idempotent: true);

    public static RestRoute DeleteOriginal(Snowflake applicationId, string token) =>
        new(HttpMethod.Delete, "/webhooks/{application_id}/{token}/messages/@original", $"webhooks/{applicationId}/{Escape(token)}/messages/@original",
            Webhook(applicationId, token), RequiresAuthorization: false, GlobalExempt: true, Idempotent: true);

    public static RestRoute GetGlobalCommands(Snowflake applicationId) =>
        new(HttpMethod.Get, "/applications/{application_id}/commands", $"applications/{applicationId}/commands", "", Idempotent: true);

    public static RestRoute OverwriteGlobalCommands(Snowflake applicationId) =>
        new(HttpMethod.Put, "/applications/{application_id}/commands", $"applications/{applicationId}/commands", "", Idempotent: true);

    public static RestRoute GetGuildCommands(Snowflake applicationId, Snowflake guildId) =>
        new(HttpMethod.Get, "/applications/{application_id}/guilds/{guild_id}/commands", $"applications/{applicationId}/guilds/{guildId}/commands", $"guild:{guildId}", Idempotent: true);

    public static RestRoute OverwriteGuildCommands(Snowflake applicationId, Snowflake guildId) =>
        new(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands", $"applications/{applicationId}/guilds/{guildId}/commands", $"guild:{guildId}", Idempotent: true);

    // Buckets of webhook routes are per webhook id + token; the token stays in memory only, never in logs.
    private static string Webhook(Snowflake applicationId, string token) => $"webhook:{applicationId}/{token}";

    private static string Escape(string token) => Uri.EscapeDataString(token);
}
