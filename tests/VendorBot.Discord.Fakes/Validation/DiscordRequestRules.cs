using System.Text.Json;
using System.Text.RegularExpressions;

namespace VendorBot.Discord.Fakes.Validation;

/// <summary>
/// Checks one REST request the way Discord would: the route and method exist in the spec, the headers Discord
/// requires, the body against the spec's schema, and the docs' rules the schema cannot express (callback type per
/// interaction type, no empty messages, distinct embed URLs, custom ids, allowed mentions).
/// </summary>
internal static partial class DiscordRequestRules
{
    private const int MaxCustomIdLength = 100;

    // Docs, "Interaction Callback Type": which callbacks each interaction type takes.
    private static readonly Dictionary<int, int[]> CallbacksByInteractionType = new()
    {
        [1] = [1],                  // PING → PONG only
        [2] = [4, 5, 9, 10, 12],    // APPLICATION_COMMAND: message, deferred, modal, (premium), launch activity
        [3] = [4, 5, 6, 7, 9, 10, 12], // MESSAGE_COMPONENT: also the update-message pair
        [4] = [8],                  // APPLICATION_COMMAND_AUTOCOMPLETE → AUTOCOMPLETE_RESULT only
        [5] = [4, 5, 6, 7, 10, 12], // MODAL_SUBMIT: never another modal
    };

    /// <summary>Every violation of one request; <paramref name="interactionType"/> finds the type of an interaction the fake dispatched.</summary>
    public static List<FakeViolation> Check(
        DiscordOpenApi spec, string method, string path, IReadOnlyDictionary<string, string> headers, string body, Func<string, int?> interactionType)
    {
        var violations = new List<FakeViolation>();
        void Add(string rule, string detail) => violations.Add(new FakeViolation(method, path, rule, detail));

        if (!headers.TryGetValue("User-Agent", out var agent) || !UserAgent().IsMatch(agent))
        {
            Add("user-agent", $"Discord requires 'User-Agent: DiscordBot ($url, $versionNumber)'; got '{agent}'.");
        }

        var operation = spec.Find(method, path);
        if (operation is null)
        {
            Add("route", $"Discord's spec has no {method} /{path}.");
            return violations;
        }

        var hasToken = headers.TryGetValue("Authorization", out var authorization) && authorization.Length > 0;
        if (operation.RequiresBotToken && !hasToken)
        {
            Add("authorization", $"{operation.OperationId} needs 'Authorization: Bot <token>'.");
        }
        else if (hasToken && !authorization!.StartsWith("Bot ", StringComparison.Ordinal))
        {
            Add("authorization", "A bot token is sent as 'Authorization: Bot <token>'.");
        }

        if (body.Length == 0)
        {
            if (operation.RequestSchema is not null && method is "POST" or "PATCH" or "PUT" && !path.EndsWith("/typing", StringComparison.Ordinal))
            {
                Add("schema", $"{operation.OperationId} takes a JSON body; none was sent.");
            }

            return violations;
        }

        if (!headers.TryGetValue("Content-Type", out var contentType)
            || !contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            Add("content-type", $"A JSON body needs 'Content-Type: application/json'; got '{contentType}'.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            Add("json", $"The body is not JSON: {exception.Message}");
            return violations;
        }

        using (document)
        {
            var root = document.RootElement;
            if (operation.RequestSchema is null)
            {
                Add("schema", $"{operation.OperationId} takes no JSON body.");
            }
            else
            {
                foreach (var error in spec.Validate(operation, root))
                {
                    Add("schema", $"{operation.OperationId}: {error}");
                }
            }

            CheckDocsRules(operation, path, root, interactionType, Add);
        }

        return violations;
    }

    private static void CheckDocsRules(SpecOperation operation, string path, JsonElement root, Func<string, int?> interactionType, Action<string, string> add)
    {
        switch (operation.OperationId)
        {
            case "create_interaction_response":
                CheckCallback(path, root, interactionType, add);
                break;
            case "create_message":
            case "execute_webhook":
                CheckMessage(root, creating: true, add);
                break;
            case "update_message":
            case "update_original_webhook_message":
            case "update_webhook_message":
                CheckMessage(root, creating: false, add);
                break;
            default:
                break;
        }
    }

    private static void CheckCallback(string path, JsonElement root, Func<string, int?> interactionType, Action<string, string> add)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || !typeElement.TryGetInt32(out var callback))
        {
            return; // The schema reported it.
        }

        var interactionId = path.Split('/')[1];
        if (interactionType(interactionId) is { } type && CallbacksByInteractionType.TryGetValue(type, out var allowed) && !allowed.Contains(callback))
        {
            add("callback-type", $"An interaction of type {type} cannot be answered with callback type {callback} (allowed: {string.Join(", ", allowed)}).");
        }

        var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        switch (callback)
        {
            case 4:
                if (data.ValueKind != JsonValueKind.Object)
                {
                    add("empty-message", "A CHANNEL_MESSAGE_WITH_SOURCE callback needs data with a message.");
                }
                else
                {
                    CheckMessage(data, creating: true, add);
                }

                break;
            case 7 when data.ValueKind == JsonValueKind.Object:
                CheckMessage(data, creating: false, add);
                break;
            case 8 when data.ValueKind == JsonValueKind.Object && data.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array:
                var names = choices.EnumerateArray().Select(choice => choice.TryGetProperty("name", out var n) ? n.GetString() : null).ToList();
                if (names.Count > 25)
                {
                    add("autocomplete", $"At most 25 choices; got {names.Count}.");
                }

                break;
            default:
                break;
        }
    }

    private static void CheckMessage(JsonElement message, bool creating, Action<string, string> add)
    {
        if (message.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var content = message.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        var hasContent = !string.IsNullOrWhiteSpace(content);
        var hasOther = NonEmptyArray(message, "embeds") || NonEmptyArray(message, "components") || NonEmptyArray(message, "sticker_ids")
            || NonEmptyArray(message, "attachments") || (message.TryGetProperty("poll", out var poll) && poll.ValueKind == JsonValueKind.Object);
        if (creating && !hasContent && !hasOther)
        {
            add("empty-message", "A message needs content, an embed, a component, a sticker, a file or a poll; this one has none.");
        }
        else if (!creating && !hasContent && !hasOther && message.TryGetProperty("content", out _)
            && message.TryGetProperty("embeds", out _) && message.TryGetProperty("components", out _))
        {
            add("empty-message", "This edit clears the content, embeds and components: the message would be empty.");
        }

        if (message.TryGetProperty("embeds", out var embeds) && embeds.ValueKind == JsonValueKind.Array)
        {
            var urls = embeds.EnumerateArray()
                .Select(embed => embed.ValueKind == JsonValueKind.Object && embed.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null)
                .OfType<string>()
                .GroupBy(url => url, StringComparer.Ordinal)
                .Where(group => group.Count() > 1)
                .Select(group => $"{group.Key} ×{group.Count()}")
                .ToList();
            if (urls.Count > 0)
            {
                add("embed-urls", $"Embeds of one message with the same url are merged into one by Discord: {string.Join(", ", urls)}.");
            }
        }

        if (message.TryGetProperty("components", out var components) && components.ValueKind == JsonValueKind.Array)
        {
            var ids = new List<string>();
            CollectCustomIds(components, ids);
            foreach (var id in ids.Where(id => id.Length is 0 or > MaxCustomIdLength))
            {
                add("custom-id", $"custom_id must be 1–{MaxCustomIdLength} characters; '{id}' has {id.Length}.");
            }

            foreach (var duplicate in ids.GroupBy(id => id, StringComparer.Ordinal).Where(group => group.Count() > 1))
            {
                add("custom-id", $"custom_id '{duplicate.Key}' is used {duplicate.Count()} times in one message; it must be unique.");
            }
        }

        if (message.TryGetProperty("allowed_mentions", out var mentions) && mentions.ValueKind == JsonValueKind.Object)
        {
            var parse = mentions.TryGetProperty("parse", out var p) && p.ValueKind == JsonValueKind.Array
                ? p.EnumerateArray().Select(item => item.GetString()).ToHashSet(StringComparer.Ordinal)
                : [];
            foreach (var kind in new[] { "users", "roles" })
            {
                if (parse.Contains(kind) && NonEmptyArray(mentions, kind))
                {
                    add("allowed-mentions", $"allowed_mentions.parse has \"{kind}\" and a {kind} list: Discord rejects the pair as mutually exclusive.");
                }
            }
        }
    }

    private static void CollectCustomIds(JsonElement components, List<string> ids)
    {
        foreach (var component in components.EnumerateArray())
        {
            if (component.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (component.TryGetProperty("custom_id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                ids.Add(id.GetString()!);
            }

            foreach (var nested in new[] { "components", "accessory" })
            {
                if (component.TryGetProperty(nested, out var child))
                {
                    if (child.ValueKind == JsonValueKind.Array)
                    {
                        CollectCustomIds(child, ids);
                    }
                    else if (child.ValueKind == JsonValueKind.Object && child.TryGetProperty("custom_id", out var accessoryId) && accessoryId.ValueKind == JsonValueKind.String)
                    {
                        ids.Add(accessoryId.GetString()!);
                    }
                }
            }
        }
    }

    private static bool NonEmptyArray(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0;

    // Docs, "User Agent": DiscordBot ($url, $versionNumber).
    [GeneratedRegex(@"^DiscordBot \(\S+, \S+\)")]
    private static partial Regex UserAgent();
}
