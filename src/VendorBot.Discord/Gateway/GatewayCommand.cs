using System.Text.Json.Serialization;

namespace VendorBot.Discord.Gateway;

/// <summary>An outgoing gateway payload: <c>{"op": n, "d": ...}</c>.</summary>
/// <typeparam name="T">The type of <c>d</c>.</typeparam>
internal sealed record GatewayCommand<T>(
    [property: JsonPropertyName("op")] int Op,
    [property: JsonPropertyName("d")] T Data);
