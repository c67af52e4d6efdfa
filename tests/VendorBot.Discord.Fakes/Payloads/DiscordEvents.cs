using System.Text.Json.Nodes;
using VendorBot.Discord.Fakes.Gateway;

namespace VendorBot.Discord.Fakes.Payloads;

/// <summary>
/// Gateway event data for tests, each from its doc-shaped fixture (<see cref="DiscordPayload"/>): ids and text
/// are filled in, everything else is as Discord sends it (optional fields absent, <c>member</c> without <c>user</c>
/// on MESSAGE_CREATE, string permissions, partial channels).
/// </summary>
public static class DiscordEvents
{
    /// <summary>The guild the fake's READY names.</summary>
    public const string Guild = FakeGateway.ReadyGuildId;

    /// <summary>A channel in <see cref="Guild"/>.</summary>
    public const string Channel = "600";

    /// <summary>The bot's role in the guild.</summary>
    public const string BotRole = "901";

    /// <summary>The permissions Discord computes for the bot in a channel where it can read, send, embed, reply and start threads.</summary>
    public const string BotChannelPermissions = "309237763072";

    /// <summary>MESSAGE_CREATE in a guild; <paramref name="mentionsBot"/> puts the bot in <c>mentions</c> (the content is given as is).</summary>
    public static string GuildMessage(
        string id, string content, string authorId = "800", string authorName = "asker", bool mentionsBot = true,
        string channelId = Channel, string guildId = Guild, bool authorIsBot = false)
    {
        var values = new Dictionary<string, object>
        {
            ["id"] = id,
            ["content"] = content,
            ["channel_id"] = channelId,
            ["guild_id"] = guildId,
            ["author_id"] = authorId,
            ["author_name"] = authorName,
        };
        if (authorIsBot)
        {
            values["bot_id"] = FakeGateway.BotUserId;
            return DiscordPayload.Render("message_create.bot_author", values);
        }

        if (mentionsBot)
        {
            values["bot_id"] = FakeGateway.BotUserId;
            values["bot_role_id"] = BotRole;
            return DiscordPayload.Render("message_create.guild_mention", values);
        }

        return DiscordPayload.Render("message_create.guild", values);
    }

    /// <summary>MESSAGE_CREATE in a DM: no <c>guild_id</c>, no <c>member</c>.</summary>
    public static string DirectMessage(string id, string content, string channelId, string authorId = "800", string authorName = "asker") =>
        DiscordPayload.Render("message_create.dm", new Dictionary<string, object>
        {
            ["id"] = id,
            ["content"] = content,
            ["channel_id"] = channelId,
            ["author_id"] = authorId,
            ["author_name"] = authorName,
        });

    /// <summary>A reply (type 19) to a bot message, with <c>referenced_message</c> loaded; <paramref name="earlierId"/> is what that message replied to.</summary>
    public static string Reply(
        string id, string content, string referencedId, string referencedContent, string earlierId = "1",
        string authorId = "800", string authorName = "asker", string channelId = Channel, string guildId = Guild) =>
        DiscordPayload.Render("message_create.reply", new Dictionary<string, object>
        {
            ["id"] = id,
            ["content"] = content,
            ["channel_id"] = channelId,
            ["guild_id"] = guildId,
            ["author_id"] = authorId,
            ["author_name"] = authorName,
            ["referenced_id"] = referencedId,
            ["referenced_content"] = referencedContent,
            ["referenced_author_id"] = FakeGateway.BotUserId,
            ["earlier_id"] = earlierId,
        });

    /// <summary>A reply whose <c>referenced_message</c> is null: the message replied to was deleted.</summary>
    public static string ReplyToDeleted(
        string id, string content, string referencedId, string authorId = "800", string authorName = "asker",
        string channelId = Channel, string guildId = Guild) =>
        DiscordPayload.Render("message_create.reply_deleted", new Dictionary<string, object>
        {
            ["id"] = id,
            ["content"] = content,
            ["channel_id"] = channelId,
            ["guild_id"] = guildId,
            ["author_id"] = authorId,
            ["author_name"] = authorName,
            ["referenced_id"] = referencedId,
        });

    /// <summary>
    /// A slash command in a guild. Without <paramref name="options"/> (or with none) <c>data.options</c> is absent,
    /// as Discord sends it.
    /// </summary>
    public static string Command(
        string id, string token, string command, IEnumerable<KeyValuePair<string, object>>? options = null,
        string permissions = "2048", string userId = "800", string userName = "asker", string channelId = Channel,
        string guildId = Guild, string appPermissions = BotChannelPermissions, string commandId = "1100")
    {
        var values = Interaction(id, token, userId, userName, channelId, appPermissions);
        values["guild_id"] = guildId;
        values["permissions"] = permissions;
        values["command"] = command;
        values["command_id"] = commandId;
        var given = options?.ToList() ?? [];
        if (given.Count == 0)
        {
            return DiscordPayload.Render("interaction_create.command_no_options", values);
        }

        values["options"] = DiscordPayload.Options(given);
        return DiscordPayload.Render("interaction_create.command", values);
    }

    /// <summary>
    /// A slash command whose one option is the sub-command <paramref name="subcommand"/> (type 1) holding
    /// <paramref name="options"/>; a sub-command without options has no <c>options</c>, as in Discord.
    /// </summary>
    public static string Subcommand(
        string id, string token, string command, string subcommand, IEnumerable<KeyValuePair<string, object>>? options = null,
        string permissions = "2048", string userId = "800", string userName = "asker", string channelId = Channel, string guildId = Guild)
    {
        var values = Interaction(id, token, userId, userName, channelId, BotChannelPermissions);
        values["guild_id"] = guildId;
        values["permissions"] = permissions;
        values["command"] = command;
        values["command_id"] = "1100";
        values["options"] = SubcommandOptions(subcommand, options?.ToList() ?? []);
        return DiscordPayload.Render("interaction_create.command", values);
    }

    /// <summary>
    /// A sub-command with one attachment option (type 11, its value the attachment id) and the uploaded file in
    /// <c>data.resolved.attachments</c>, as the docs show it.
    /// </summary>
    public static string SubcommandWithAttachment(
        string id, string token, string command, string subcommand, string option, UploadedFile file,
        string permissions = "2048", string userId = "800", string userName = "asker", string channelId = Channel, string guildId = Guild)
    {
        ArgumentNullException.ThrowIfNull(file);
        var values = Interaction(id, token, userId, userName, channelId, BotChannelPermissions);
        values["guild_id"] = guildId;
        values["permissions"] = permissions;
        values["command"] = command;
        values["command_id"] = "1100";
        var leaf = new JsonObject { ["value"] = file.Id, ["type"] = 11, ["name"] = option };
        values["options"] = new JsonArray(new JsonObject { ["type"] = 1, ["name"] = subcommand, ["options"] = new JsonArray(leaf) });
        values["attachment_id"] = file.Id;
        values["file_name"] = file.FileName;
        values["file_size"] = JsonValue.Create(file.Size);
        values["file_url"] = file.Url;
        values["content_type"] = file.ContentType;
        return DiscordPayload.Render("interaction_create.command_attachment", values);
    }

    /// <summary>A slash command in a DM with the bot: <c>user</c> instead of <c>member</c>, no guild, no options.</summary>
    public static string DirectCommand(
        string id, string token, string command, string channelId, string userId = "800", string userName = "asker",
        string appPermissions = BotChannelPermissions, string commandId = "1100")
    {
        var values = Interaction(id, token, userId, userName, channelId, appPermissions);
        values["command"] = command;
        values["command_id"] = commandId;
        return DiscordPayload.Render("interaction_create.command_dm", values);
    }

    /// <summary>An autocomplete request: one option filled, then the focused one being typed (not first, as in Discord).</summary>
    public static string Autocomplete(
        string id, string token, string command, (string Name, string Value) filled, (string Name, string Value) focused,
        string permissions = "2048", string userId = "800", string userName = "asker", string channelId = Channel,
        string guildId = Guild, string appPermissions = BotChannelPermissions, string commandId = "1100")
    {
        var values = Interaction(id, token, userId, userName, channelId, appPermissions);
        values["guild_id"] = guildId;
        values["permissions"] = permissions;
        values["command"] = command;
        values["command_id"] = commandId;
        values["filled_name"] = filled.Name;
        values["filled_value"] = filled.Value;
        values["focused_name"] = focused.Name;
        values["focused_value"] = focused.Value;
        return DiscordPayload.Render("interaction_create.autocomplete", values);
    }

    /// <summary>A button click on a bot message (data has no <c>options</c>, the message comes whole).</summary>
    public static string Button(
        string id, string token, string customId, string messageId = "4999", string messageContent = "An answer [1]",
        string questionId = "1", string permissions = "2048", string userId = "800", string userName = "asker",
        string channelId = Channel, string guildId = Guild, string appPermissions = BotChannelPermissions)
    {
        var values = Interaction(id, token, userId, userName, channelId, appPermissions);
        values["guild_id"] = guildId;
        values["permissions"] = permissions;
        values["custom_id"] = customId;
        values["message_id"] = messageId;
        values["message_content"] = messageContent;
        values["question_id"] = questionId;
        values["bot_id"] = FakeGateway.BotUserId;
        return DiscordPayload.Render("interaction_create.button", values);
    }

    /// <summary>THREAD_CREATE for a new public thread (or forum post) in <paramref name="parentId"/>.</summary>
    public static string ThreadCreate(string id, string parentId, string ownerId = "800", string name = "a question", string guildId = Guild) =>
        DiscordPayload.Render("thread_create", new Dictionary<string, object>
        {
            ["id"] = id,
            ["parent_id"] = parentId,
            ["owner_id"] = ownerId,
            ["name"] = name,
            ["guild_id"] = guildId,
        });

    /// <summary>GUILD_CREATE with a category, one text channel, the @everyone and bot roles, the bot as a member.</summary>
    public static string GuildCreate(string guildId = Guild, string name = "Vendors", string channelId = Channel, string ownerId = "800") =>
        DiscordPayload.Render("guild_create", new Dictionary<string, object>
        {
            ["guild_id"] = guildId,
            ["name"] = name,
            ["channel_id"] = channelId,
            ["category_id"] = "599",
            ["owner_id"] = ownerId,
            ["bot_id"] = FakeGateway.BotUserId,
            ["bot_role_id"] = BotRole,
        });

    private static JsonArray SubcommandOptions(string subcommand, IReadOnlyList<KeyValuePair<string, object>> options)
    {
        var node = new JsonObject { ["type"] = 1, ["name"] = subcommand };
        if (options.Count > 0)
        {
            node["options"] = DiscordPayload.Options(options);
        }

        return new JsonArray(node);
    }

    private static Dictionary<string, object> Interaction(string id, string token, string userId, string userName, string channelId, string appPermissions) => new()
    {
        ["id"] = id,
        ["token"] = token,
        ["application_id"] = FakeGateway.ApplicationId,
        ["user_id"] = userId,
        ["user_name"] = userName,
        ["channel_id"] = channelId,
        ["app_permissions"] = appPermissions,
    };
}
