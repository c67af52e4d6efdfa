using System.Text.Json.Serialization;

namespace VendorBot.Discord.Gateway;

/// <summary>The connection properties sent in Identify.</summary>
internal sealed record IdentifyProperties(
    [property: JsonPropertyName("os")] string Os,
    [property: JsonPropertyName("browser")] string Browser,
    [property: JsonPropertyName("device")] string Device);
