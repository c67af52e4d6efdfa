using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace VendorBot.Discord.Fakes.Payloads;

/// <summary>
/// Gateway event data shaped like Discord's documented examples, from the fixture files next to this class
/// (<c>Payloads/{name}.json</c>, copied to the output). A fixture is valid JSON whose placeholders are whole strings,
/// <c>"{{name}}"</c>; <see cref="Render"/> replaces each with a value: a string becomes a JSON string, a
/// <see cref="JsonNode"/> is written as is (arrays of options, the shard pair). Every placeholder must be given and
/// every value must be used, so a fixture and its caller cannot drift apart silently.
/// </summary>
public static partial class DiscordPayload
{
    private static readonly ConcurrentDictionary<string, string> Templates = new(StringComparer.Ordinal);

    /// <summary>The folder the fixtures are copied to.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Payloads");

    /// <summary>The fixture's JSON with every placeholder filled.</summary>
    /// <param name="name">The fixture, e.g. <c>message_create.guild_mention</c>.</param>
    /// <param name="values">Placeholder name → string (quoted and escaped) or <see cref="JsonNode"/> (raw).</param>
    public static string Render(string name, IReadOnlyDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var template = Template(name);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var json = Placeholder().Replace(template, match =>
        {
            var key = match.Groups[1].Value;
            if (!values.TryGetValue(key, out var value))
            {
                throw new ArgumentException($"The payload {name} needs a value for {{{{{key}}}}}.", nameof(values));
            }

            used.Add(key);
            return Encode(value);
        });
        var unused = values.Keys.Where(key => !used.Contains(key)).ToList();
        if (unused.Count > 0)
        {
            throw new ArgumentException($"The payload {name} has no placeholder for {string.Join(", ", unused)}.", nameof(values));
        }

        return json;
    }

    /// <summary>The placeholders a fixture has, in order of first appearance.</summary>
    public static IReadOnlyList<string> Placeholders(string name) =>
        [.. Placeholder().Matches(Template(name)).Select(match => match.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    /// <summary>Every fixture name in <see cref="Folder"/>.</summary>
    public static IReadOnlyList<string> Names() =>
        [.. Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>
    /// Command options as Discord sends them (<c>type</c>, <c>name</c>, <c>value</c>; no <c>options</c> or
    /// <c>focused</c> on leaves): strings are type 3, integers 4, booleans 5, other numbers 10.
    /// </summary>
    public static JsonArray Options(IEnumerable<KeyValuePair<string, object>> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var array = new JsonArray();
        foreach (var (name, value) in options)
        {
            var (type, node) = value switch
            {
                string text => (3, JsonValue.Create(text)),
                bool flag => (5, JsonValue.Create(flag)),
                int or long => (4, JsonValue.Create(Convert.ToInt64(value, CultureInfo.InvariantCulture))),
                double or float or decimal => (10, JsonValue.Create(Convert.ToDouble(value, CultureInfo.InvariantCulture))),
                _ => throw new ArgumentException($"No option type for a {value.GetType().Name}.", nameof(options)),
            };
            array.Add(new JsonObject { ["value"] = node, ["type"] = type, ["name"] = name });
        }

        return array;
    }

    private static string Template(string name) => Templates.GetOrAdd(name, static name =>
    {
        var path = Path.Combine(Folder, name + ".json");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No payload fixture {name} in {Folder}.", path);
        }

        return File.ReadAllText(path, Encoding.UTF8);
    });

    private static string Encode(object value) => value switch
    {
        string text => JsonSerializer.Serialize(text, FakeJsonContext.Default.String),
        JsonNode node => node.ToJsonString(),
        _ => throw new ArgumentException($"A placeholder takes a string or a JsonNode, not a {value.GetType().Name}."),
    };

    [GeneratedRegex("\"\\{\\{([a-z_]+)\\}\\}\"")]
    private static partial Regex Placeholder();
}
