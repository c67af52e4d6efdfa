using System.Text.Json.Nodes;

namespace VendorBot.Discord.Fakes.Rest;

/// <summary>The fake's normal answers, with the state behind them. Called under the fake's lock.</summary>
internal sealed class FakeRestRoutes(Func<Uri> baseAddress)
{
    public const string BotUserId = "900";
    public const string ApplicationId = "1000";

    private readonly HashSet<string> _acknowledgedTokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> _acknowledgedInteractions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonArray> _commands = new(StringComparer.Ordinal);
    private long _nextId = 5000;

    public FakeRestReply Answer(string method, string path, string body)
    {
        var s = path.Trim('/').Split('/');
        return (method, s) switch
        {
            ("POST", ["channels", var channel, "messages"]) => Ok(MessageFrom(body, NextId(), channel)),
            ("PATCH", ["channels", var channel, "messages", var message]) => Ok(MessageFrom(body, message, channel)),
            ("POST", ["channels", _, "typing"]) => NoContent(),
            ("POST", ["channels", var channel, "messages", _, "threads"]) => Thread(channel, body),
            ("GET", ["users", "@me"]) => Ok(BotUser()),
            ("GET", ["applications", "@me"]) => Ok(new JsonObject { ["id"] = ApplicationId, ["name"] = "VendorBot", ["flags"] = 0 }),
            ("GET", ["gateway", "bot"]) => Ok(GatewayBot()),
            ("POST", ["interactions", var id, var token, "callback"]) => Callback(id, token),
            ("POST", ["webhooks", _, var token]) => Webhook(token, () => Ok(MessageFrom(body, NextId(), "0"))),
            ("PATCH", ["webhooks", _, var token, "messages", "@original"]) => Webhook(token, () => Ok(MessageFrom(body, "4999", "0"))),
            ("DELETE", ["webhooks", _, var token, "messages", "@original"]) => Webhook(token, NoContent),
            ("GET", ["applications", _, "commands"]) => Ok(Commands("global")),
            ("PUT", ["applications", var app, "commands"]) => OverwriteCommands("global", app, null, body),
            ("GET", ["applications", _, "guilds", var guild, "commands"]) => Ok(Commands("guild:" + guild)),
            ("PUT", ["applications", var app, "guilds", var guild, "commands"]) => OverwriteCommands("guild:" + guild, app, guild, body),
            _ => FakeRestReply.DiscordError(404, 0, "404: Not Found"),
        };
    }

    private FakeRestReply Callback(string interactionId, string token)
    {
        if (!_acknowledgedInteractions.Add(interactionId))
        {
            return FakeRestReply.DiscordError(400, 40060, "Interaction has already been acknowledged.");
        }

        _acknowledgedTokens.Add(token);
        return NoContent();
    }

    // Webhook routes of an interaction work only after it was acknowledged, as on Discord.
    private FakeRestReply Webhook(string token, Func<FakeRestReply> answer) =>
        _acknowledgedTokens.Contains(Uri.UnescapeDataString(token)) ? answer() : FakeRestReply.DiscordError(404, 10015, "Unknown Webhook");

    private FakeRestReply Thread(string channel, string body)
    {
        var name = JsonNode.Parse(body)?["name"]?.GetValue<string>() ?? "";
        return Ok(new JsonObject { ["id"] = NextId(), ["type"] = 11, ["parent_id"] = channel, ["name"] = name, ["owner_id"] = BotUserId }, 201);
    }

    private JsonArray Commands(string scope) =>
        _commands.TryGetValue(scope, out var commands) ? (JsonArray)commands.DeepClone() : [];

    private FakeRestReply OverwriteCommands(string scope, string applicationId, string? guildId, string body)
    {
        if (JsonNode.Parse(body) is not JsonArray desired)
        {
            return FakeRestReply.DiscordError(400, 50035, "Invalid Form Body");
        }

        var stored = new JsonArray();
        foreach (var node in desired.OfType<JsonObject>())
        {
            var command = (JsonObject)node.DeepClone();

            // Discord answers with server-side fields and its defaults filled in.
            command["id"] = NextId();
            command["application_id"] = applicationId;
            command["version"] = NextId();
            command["type"] ??= 1;
            command["nsfw"] ??= false;
            command["integration_types"] ??= new JsonArray(0);
            command["default_member_permissions"] ??= null;
            if (guildId is not null)
            {
                command["guild_id"] = guildId;
            }

            stored.Add(command);
        }

        _commands[scope] = stored;
        return Ok((JsonArray)stored.DeepClone());
    }

    private JsonObject GatewayBot() => new()
    {
        ["url"] = new UriBuilder(baseAddress()) { Scheme = "ws", Path = "gateway" }.Uri.ToString().TrimEnd('/'),
        ["shards"] = 1,
        ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 14_400_000, ["max_concurrency"] = 1 },
    };

    private static JsonObject BotUser() => new() { ["id"] = BotUserId, ["username"] = "VendorBot", ["bot"] = true };

    private static JsonObject MessageFrom(string body, string id, string channelId)
    {
        var sent = string.IsNullOrEmpty(body) ? new JsonObject() : JsonNode.Parse(body) as JsonObject ?? [];
        var message = new JsonObject
        {
            ["id"] = id,
            ["channel_id"] = channelId,
            ["author"] = BotUser(),
            ["content"] = sent["content"]?.DeepClone() ?? "",
            ["type"] = sent["message_reference"] is null ? 0 : 19,
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["mention_everyone"] = false,
        };
        foreach (var field in new[] { "embeds", "components", "message_reference", "flags" })
        {
            if (sent[field] is { } value)
            {
                message[field] = value.DeepClone();
            }
        }

        return message;
    }

    private string NextId() => (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static FakeRestReply Ok(JsonNode body, int status = 200) => FakeRestReply.Json(status, body.ToJsonString());

    private static FakeRestReply NoContent() => FakeRestReply.Json(204, "");
}
