using System.Text.Json.Serialization;

namespace VendorBot.Discord.Rest;

/// <summary>The body of "start thread from message".</summary>
public sealed record StartThreadPayload
{
    /// <summary>The thread name (1–<see cref="DiscordLimits.ThreadNameLength"/>).</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>Minutes of inactivity before the thread archives: 60, 1440, 4320 or 10080.</summary>
    [JsonPropertyName("auto_archive_duration")]
    public int? AutoArchiveDuration { get; init; }
}
