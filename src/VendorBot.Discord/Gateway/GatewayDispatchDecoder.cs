using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using VendorBot.Discord.Entities;

namespace VendorBot.Discord.Gateway;

/// <summary>Turns the <c>d</c> of a known dispatch into its typed record; unknown events give null.</summary>
internal static class GatewayDispatchDecoder
{
    /// <summary>Whether the event has data worth deserializing into a record.</summary>
    public static bool IsTyped(GatewayEventKind kind) => kind is not (GatewayEventKind.None or GatewayEventKind.Unknown or GatewayEventKind.Resumed);

    /// <summary>Decodes from the bytes of <c>d</c>.</summary>
    public static GatewayDispatch? Decode(GatewayEventKind kind, long sequence, ReadOnlySpan<byte> data)
    {
        if (!IsTyped(kind))
        {
            return Create(kind, sequence, null);
        }

        var reader = new Utf8JsonReader(data);
        reader.Read();
        return Create(kind, sequence, ReadData(kind, ref reader));
    }

    /// <summary>Deserializes the value the reader is on (the start of <c>d</c>) as the event's entity.</summary>
    public static object ReadData(GatewayEventKind kind, ref Utf8JsonReader reader) => kind switch
    {
        GatewayEventKind.MessageCreate => Read(ref reader, DiscordJsonContext.Default.Message),
        GatewayEventKind.InteractionCreate => Read(ref reader, DiscordJsonContext.Default.Interaction),
        GatewayEventKind.GuildCreate => Read(ref reader, DiscordJsonContext.Default.Guild),
        GatewayEventKind.ThreadCreate => Read(ref reader, DiscordJsonContext.Default.Channel),
        GatewayEventKind.Ready => Read(ref reader, GatewayJsonContext.Default.ReadyEvent),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a typed event."),
    };

    /// <summary>Wraps decoded data in its dispatch record; null for events the client does not type.</summary>
    public static GatewayDispatch? Create(GatewayEventKind kind, long sequence, object? data) => (kind, data) switch
    {
        (GatewayEventKind.MessageCreate, Message message) => new MessageCreateDispatch(sequence, message),
        (GatewayEventKind.InteractionCreate, Interaction interaction) => new InteractionCreateDispatch(sequence, interaction),
        (GatewayEventKind.GuildCreate, Guild guild) => new GuildCreateDispatch(sequence, guild),
        (GatewayEventKind.ThreadCreate, Channel thread) => new ThreadCreateDispatch(sequence, thread),
        (GatewayEventKind.Ready, ReadyEvent ready) => new ReadyDispatch(sequence, ready),
        (GatewayEventKind.Resumed, _) => new ResumedDispatch(sequence),
        _ => null,
    };

    /// <summary>
    /// Runs the source-generated converter on the reader itself. <c>JsonSerializer.Deserialize(ref reader, ...)</c>
    /// would first skip over the whole value to scope a second reader to it, tokenizing every event twice. Outside the
    /// serializer the converters' complaints about a value of the wrong kind surface as
    /// <see cref="InvalidOperationException"/> or <see cref="FormatException"/>; they are broken event data like any
    /// other, so they become the <see cref="JsonException"/> the serializer would have thrown.
    /// </summary>
    private static T Read<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        T? value;
        try
        {
            value = ((JsonConverter<T>)typeInfo.Converter).Read(ref reader, typeof(T), typeInfo.Options);
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException)
        {
            throw new JsonException($"The event data of a {typeof(T).Name} has a value of the wrong kind: {exception.Message}", exception);
        }

        return value ?? throw new JsonException($"The event data of a {typeof(T).Name} was null.");
    }
}
