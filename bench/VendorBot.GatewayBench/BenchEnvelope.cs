using System.Text.Json.Serialization;
using VendorBot.Discord.Entities;

namespace VendorBot.GatewayBench;

/// <summary>The floor's target: the whole gateway payload deserialized in one call, <c>d</c> typed as a message.</summary>
internal sealed record BenchEnvelope(
    [property: JsonPropertyName("op")] int Op,
    [property: JsonPropertyName("s")] long? Sequence,
    [property: JsonPropertyName("t")] string? EventName,
    [property: JsonPropertyName("d")] Message? Data);
