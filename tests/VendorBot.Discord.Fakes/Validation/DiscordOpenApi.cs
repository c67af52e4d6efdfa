using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace VendorBot.Discord.Fakes.Validation;

/// <summary>
/// Discord's official OpenAPI spec (<c>../shared/discord/openapi.json</c>, MIT, from discord/discord-api-spec), read
/// once per test process: which routes and methods exist, which need a bot token, and each request body's JSON Schema
/// (2020-12, evaluated by JsonSchema.Net with the spec's <c>#/components/schemas</c> references resolved). Schemas
/// are built on first use per route and cached.
/// </summary>
public sealed class DiscordOpenApi
{
    /// <summary>Overrides where the spec is read from.</summary>
    public const string PathVariable = "VENDORBOT_DISCORD_OPENAPI";

    private const string ComponentsId = "https://discord.test/openapi/components.json";

    private static readonly Lazy<DiscordOpenApi> Instance = new(() => Load(Locate()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IReadOnlyList<SpecOperation> _operations;
    private readonly BuildOptions _build;
    private readonly ConcurrentDictionary<SpecOperation, Lazy<JsonSchema?>> _schemas = new();
    // A valid body (the usual case) is decided by the short-circuiting flag output; only an invalid one is evaluated
    // again for its errors.
    private readonly EvaluationOptions _check = new() { OutputFormat = OutputFormat.Flag };
    private readonly EvaluationOptions _explain = new() { OutputFormat = OutputFormat.Hierarchical };

    private DiscordOpenApi(IReadOnlyList<SpecOperation> operations, BuildOptions build)
    {
        _operations = operations;
        _build = build;
        _check.IgnoreAllAnnotations();
    }

    /// <summary>The spec, loaded on first use; throws with the paths tried when it cannot be found.</summary>
    public static DiscordOpenApi Shared => Instance.Value;

    /// <summary>The operation for a request path after <c>/api/v10/</c> (no query); null when the spec has none.</summary>
    public SpecOperation? Find(string method, string path)
    {
        var segments = path.Trim('/').Split('/');
        SpecOperation? best = null;
        var bestLiterals = -1;
        foreach (var operation in _operations)
        {
            if (operation.Method == method && operation.Matches(segments, out var literals) && literals > bestLiterals)
            {
                best = operation;
                bestLiterals = literals;
            }
        }

        return best;
    }

    /// <summary>The schema errors of a JSON request body for the operation; empty when it conforms or has no schema.</summary>
    public IReadOnlyList<string> Validate(SpecOperation operation, JsonElement body)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var schema = _schemas.GetOrAdd(operation, op => new Lazy<JsonSchema?>(() => Build(op))).Value;
        if (schema is null)
        {
            return [];
        }

        if (schema.Evaluate(body, _check).IsValid)
        {
            return [];
        }

        var results = schema.Evaluate(body, _explain);

        var errors = new List<string>();
        Collect(results, errors);
        return [.. errors.Distinct(StringComparer.Ordinal).Take(20)];
    }

    // Only failed nodes and their failed children: a oneOf that passed says nothing about its other branches.
    private static void Collect(EvaluationResults node, List<string> errors)
    {
        if (node.IsValid)
        {
            return;
        }

        foreach (var (_, message) in node.Errors ?? new Dictionary<string, string>())
        {
            errors.Add($"{node.InstanceLocation}: {message}");
        }

        foreach (var child in node.Details ?? [])
        {
            Collect(child, errors);
        }
    }

    private JsonSchema? Build(SpecOperation operation) =>
        operation.RequestSchema is { } schema
            ? JsonSchema.FromText(Rewrite(schema).ToJsonString(), _build, new Uri($"https://discord.test/openapi/{operation.OperationId}.json"))
            : null;

    /// <summary>Reads the spec; public for the test that checks the loader itself.</summary>
    public static DiscordOpenApi Load(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var components = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = ComponentsId,
            ["$defs"] = Rewrite(root["components"]!["schemas"]!),
        };
        var build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema.FromText(components.ToJsonString(), build, new Uri(ComponentsId));

        var operations = new List<SpecOperation>();
        foreach (var (template, item) in root["paths"]!.AsObject())
        {
            foreach (var (method, node) in item!.AsObject())
            {
                if (method == "parameters" || node is not JsonObject operation)
                {
                    continue;
                }

                var security = operation["security"] as JsonArray;
                var tokenOptional = security is null || security.Any(requirement => requirement is JsonObject { Count: 0 });
                var schema = operation["requestBody"]?["content"]?["application/json"]?["schema"];
                operations.Add(new SpecOperation(
                    method.ToUpperInvariant(), template, operation["operationId"]?.GetValue<string>() ?? template,
                    !tokenOptional, schema?.DeepClone()));
            }
        }

        return new DiscordOpenApi(operations, build);
    }

    /// <summary>The spec file: <see cref="PathVariable"/>, else <c>shared/discord/openapi.json</c> in a folder above the tests.</summary>
    public static string Locate()
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? configured
                : throw new FileNotFoundException($"{PathVariable} points at {configured}, which does not exist.", configured);
        }

        var tried = new List<string>();
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "discord", "openapi.json");
            tried.Add(candidate);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            "Discord's OpenAPI spec was not found. The fake Discord validates every request against it: put the shared folder " +
            $"(with discord/openapi.json) beside the clone, or set {PathVariable}. Tried: {string.Join(", ", tried)}");
    }

    // Permission bit sets: the spec types some as integers, but the docs define them as strings ("Set of
    // permissions represented as a bit set", example "default_member_permissions": "0") and Discord takes both.
    private static readonly HashSet<string> PermissionFields = new(StringComparer.Ordinal) { "default_member_permissions", "permissions", "allow", "deny" };

    // "#/components/schemas/X" → the components document's "$defs/X".
    private static void WidenPermissions(JsonObject properties)
    {
        foreach (var (name, schema) in properties.ToList())
        {
            if (PermissionFields.Contains(name) && schema is JsonObject { } field && field["type"]?.ToJsonString().Contains("integer", StringComparison.Ordinal) == true)
            {
                properties[name] = new JsonObject
                {
                    ["anyOf"] = new JsonArray(field.DeepClone(), new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{1,20}$" }),
                };
            }
        }
    }

    private static JsonNode Rewrite(JsonNode node)
    {
        var copy = node.DeepClone();
        Visit(copy);
        return copy;

        static void Visit(JsonNode? current)
        {
            switch (current)
            {
                case JsonObject obj:
                    if (obj["$ref"] is JsonValue reference && reference.GetValue<string>() is { } target
                        && target.StartsWith("#/components/schemas/", StringComparison.Ordinal))
                    {
                        obj["$ref"] = ComponentsId + "#/$defs/" + target["#/components/schemas/".Length..];
                    }

                    foreach (var (name, child) in obj.ToList())
                    {
                        // OpenAPI extensions (x-discord-union, ...) are not JSON Schema keywords.
                        if (name.StartsWith("x-", StringComparison.Ordinal))
                        {
                            obj.Remove(name);
                            continue;
                        }

                        Visit(child);
                        if (name == "properties" && child is JsonObject properties)
                        {
                            WidenPermissions(properties);
                        }
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        Visit(child);
                    }

                    break;
            }
        }
    }
}
