using System.Text.Json;

namespace VendorBot.Discord.Gateway;

/// <summary>Reads <c>op</c>, <c>s</c>, <c>t</c> and the span of <c>d</c> in one pass, in any property order, allocating nothing.</summary>
internal static class GatewayEnvelopeReader
{
    public static GatewayEnvelope Read(ReadOnlySpan<byte> json)
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
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("op"u8))
            {
                reader.Read();
                op = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("s"u8))
            {
                reader.Read();
                sequence = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64();
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
                reader.Skip();
                data = start..(int)reader.BytesConsumed;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return op is { } code
            ? new GatewayEnvelope((GatewayOpCode)code, sequence, kind, name, data)
            : throw new JsonException("A gateway payload must have an \"op\".");
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
