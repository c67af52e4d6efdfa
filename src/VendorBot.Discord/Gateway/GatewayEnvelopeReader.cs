using System.Text.Json;

namespace VendorBot.Discord.Gateway;

/// <summary>
/// Reads <c>op</c>, <c>s</c>, <c>t</c> and the span of <c>d</c> in one pass, in any property order, allocating nothing
/// for the envelope. With <c>decode</c>, the <c>d</c> of a known event that follows its <c>t</c> is
/// deserialized in that same pass.
/// </summary>
internal static class GatewayEnvelopeReader
{
    public static GatewayEnvelope Read(ReadOnlySpan<byte> json, bool decode = false)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A gateway payload must be a JSON object.");
        }

        int? op = null;
        long? sequence = null;
        var kind = GatewayEventKind.None;
        Range name = default;
        Range data = default;
        object? decoded = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("op"u8))
            {
                op = ReadNumber(ref reader) is { } value
                    ? value is >= 0 and <= byte.MaxValue ? (int)value : throw new JsonException("A gateway \"op\" is out of range.")
                    : null;
            }
            else if (reader.ValueTextEquals("s"u8))
            {
                sequence = ReadNumber(ref reader);
            }
            else if (reader.ValueTextEquals("t"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    var start = (int)reader.TokenStartIndex + 1;
                    name = start..(start + reader.ValueSpan.Length);
                    kind = Classify(reader.ValueSpan);
                }
            }
            else if (reader.ValueTextEquals("d"u8))
            {
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                if (decode && GatewayDispatchDecoder.IsTyped(kind))
                {
                    decoded = GatewayDispatchDecoder.ReadData(kind, ref reader);
                }
                else
                {
                    reader.Skip();
                }

                data = start..(int)reader.BytesConsumed;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return op is { } code
            ? new GatewayEnvelope((GatewayOpCode)code, sequence, kind, name, data, decoded)
            : throw new JsonException("A gateway payload must have an \"op\".");
    }

    /// <summary>Reads a number or null; anything else is a <see cref="JsonException"/> (not the reader's InvalidOperationException).</summary>
    private static long? ReadNumber(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value)
            ? value
            : throw new JsonException("A gateway \"op\" or \"s\" must be a whole number.");
    }

    private static GatewayEventKind Classify(ReadOnlySpan<byte> name) => name switch
    {
        _ when name.SequenceEqual("MESSAGE_CREATE"u8) => GatewayEventKind.MessageCreate,
        _ when name.SequenceEqual("INTERACTION_CREATE"u8) => GatewayEventKind.InteractionCreate,
        _ when name.SequenceEqual("GUILD_CREATE"u8) => GatewayEventKind.GuildCreate,
        _ when name.SequenceEqual("THREAD_CREATE"u8) => GatewayEventKind.ThreadCreate,
        _ when name.SequenceEqual("READY"u8) => GatewayEventKind.Ready,
        _ when name.SequenceEqual("RESUMED"u8) => GatewayEventKind.Resumed,
        _ => GatewayEventKind.Unknown,
    };
}
