using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>How many identifies are left today and how many may run concurrently.</summary>
public sealed record SessionStartLimit
{
    /// <summary>Session starts allowed per day.</summary>
    [JsonPropertyName("total")]
    public int Total { get; init; } = 1000;

    /// <summary>Session starts left.</summary>
    [JsonPropertyName("remaining")]
    public int Remaining { get; init; } = 1000;

    /// <summary>Milliseconds until <see cref="Remaining"/> resets.</summary>
    [JsonPropertyName("reset_after")]
    public long ResetAfter { get; init; }

    /// <summary>Identifies allowed per 5 seconds.</summary>
    [JsonPropertyName("max_concurrency")]
    public int MaxConcurrency { get; init; } = 1;
}
