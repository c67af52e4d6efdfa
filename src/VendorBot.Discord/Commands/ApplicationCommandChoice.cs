using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VendorBot.Discord.Commands;

/// <summary>A fixed choice of an option, or an autocomplete suggestion: a display name and a string or number value.</summary>
public sealed record ApplicationCommandChoice
{
    /// <summary>What the user sees (1–100).</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>What the bot receives: a JSON string (≤ 100) or number.</summary>
    [JsonPropertyName("value")]
    public JsonElement Value { get; init; }

    /// <summary>A choice with a string value.</summary>
    public static ApplicationCommandChoice Of(string name, string value) => new() { Name = name, Value = Write(w => w.WriteStringValue(value)) };

    /// <summary>A choice with an integer value.</summary>
    public static ApplicationCommandChoice Of(string name, long value) => new() { Name = name, Value = Write(w => w.WriteNumberValue(value)) };

    /// <summary>A choice with a number value.</summary>
    public static ApplicationCommandChoice Of(string name, double value) => new() { Name = name, Value = Write(w => w.WriteNumberValue(value)) };

    /// <summary>Value equality: same name and same JSON value (records compare <see cref="JsonElement"/> by reference otherwise).</summary>
    public bool Equals(ApplicationCommandChoice? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && JsonElement.DeepEquals(Value, other.Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Value.ValueKind);

    private static JsonElement Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
