using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>Reads a snowflake from a JSON string (Discord's form) or number; writes it as a string.</summary>
public sealed class SnowflakeJsonConverter : JsonConverter<Snowflake>
{
    /// <inheritdoc />
    public override Snowflake Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out var number))
        {
            return new Snowflake(number);
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            return ReadDigits(ref reader);
        }

        throw new JsonException($"A Discord id must be a string of digits, not {reader.TokenType}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Snowflake value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());

    /// <inheritdoc />
    public override Snowflake ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadDigits(ref reader);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Snowflake value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString());

    private static Snowflake ReadDigits(ref Utf8JsonReader reader)
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped
            && Utf8Parser.TryParse(reader.ValueSpan, out ulong fast, out var consumed)
            && consumed == reader.ValueSpan.Length)
        {
            return new Snowflake(fast);
        }

        return Snowflake.TryParse(reader.GetString(), out var id)
            ? id
            : throw new JsonException("A Discord id must be a string of decimal digits.");
    }
}
