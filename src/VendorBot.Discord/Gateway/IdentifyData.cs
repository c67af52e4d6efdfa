using System.Text.Json.Serialization;

namespace VendorBot.Discord.Gateway;

/// <summary>The <c>d</c> of Identify (op 2). Holds the token: never logged.</summary>
internal sealed record IdentifyData(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("intents")] int Intents,
    [property: JsonPropertyName("properties")] IdentifyProperties Properties,
    [property: JsonPropertyName("shard")] int[] Shard,
    [property: JsonPropertyName("large_threshold")] int LargeThreshold)
{
    public override string ToString() => $"Identify {{ Intents = {Intents}, Shard = [{string.Join(", ", Shard)}] }}";
}
