using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using VendorBot.Discord.Entities;

namespace VendorBot.Discord.Gateway;

/// <summary>Turns the <c>d</c> of a known dispatch into its typed record; unknown events give null.</summary>
internal static class GatewayDispatchDecoder
{
    public static GatewayDispatch? Decode(GatewayEventKind kind, long sequence, ReadOnlySpan<byte> data) => kind switch
    {
        GatewayEventKind.MessageCreate => new MessageCreateDispatch(sequence, Read(data, DiscordJsonContext.Default.Message)),
        GatewayEventKind.InteractionCreate => new InteractionCreateDispatch(sequence, Read(data, DiscordJsonContext.Default.Interaction)),
        GatewayEventKind.GuildCreate => new GuildCreateDispatch(sequence, Read(data, DiscordJsonContext.Default.Guild)),
        GatewayEventKind.ThreadCreate => new ThreadCreateDispatch(sequence, Read(data, DiscordJsonContext.Default.Channel)),
        GatewayEventKind.Ready => new ReadyDispatch(sequence, Read(data, GatewayJsonContext.Default.ReadyEvent)),
        GatewayEventKind.Resumed => new ResumedDispatch(sequence),
        _ => null,
    };

    private static T Read<T>(ReadOnlySpan<byte> data, JsonTypeInfo<T> typeInfo)
        where T : class =>
        JsonSerializer.Deserialize(data, typeInfo) ?? throw new JsonException($"The event data of a {typeof(T).Name} was null.");
}
