using System.Text.Json.Serialization;

namespace VendorBot.Discord.Rest;

/// <summary>Discord's error JSON, including the 429 fields.</summary>
internal sealed record DiscordErrorBody
{
    [JsonPropertyName("code")]
    public int? Code { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("retry_after")]
    public double? RetryAfter { get; init; }

    [JsonPropertyName("global")]
    public bool? Global { get; init; }
}
