using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>One option value the user gave to a command (or a sub-command holding nested options).</summary>
public sealed record InteractionDataOption
{
    /// <summary>The option name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>The option type.</summary>
    [JsonPropertyName("type")]
    public ApplicationCommandOptionType Type { get; init; }

    /// <summary>The raw value: string, number or boolean; ids (user, channel) come as strings.</summary>
    [JsonPropertyName("value")]
    public JsonElement? Value { get; init; }

    /// <summary>True on the option being typed during autocomplete.</summary>
    [JsonPropertyName("focused")]
    public bool Focused { get; init; }

    /// <summary>Nested options for sub-commands and groups.</summary>
    [JsonPropertyName("options")]
    public IReadOnlyList<InteractionDataOption> Options { get => field ?? []; init; }

    /// <summary>The value as text (numbers and booleans in invariant form); null when there is no value.</summary>
    public string? GetString() => Value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } v => v.GetRawText(),
        _ => null,
    };

    /// <summary>The value as an integer; null when absent or not an integer.</summary>
    public long? GetInt64() => Value switch
    {
        { ValueKind: JsonValueKind.Number } v when v.TryGetInt64(out var n) => n,
        { ValueKind: JsonValueKind.String } v when long.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    /// <summary>The value as a boolean; null when absent or not a boolean.</summary>
    public bool? GetBoolean() => Value switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => null,
    };

    /// <summary>The value as an id (user, channel, role options); null when absent or not an id.</summary>
    public Snowflake? GetSnowflake() => Snowflake.TryParse(GetString(), out var id) ? id : null;

    internal static InteractionDataOption? FindFocused(IReadOnlyList<InteractionDataOption> options)
    {
        foreach (var option in options)
        {
            if (option.Focused)
            {
                return option;
            }

            if (FindFocused(option.Options) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }
}
