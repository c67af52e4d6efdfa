using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>An uploaded file, as an attachment option resolves it (<c>data.resolved.attachments</c>).</summary>
public sealed record Attachment
{
    /// <summary>The attachment id (the option's value).</summary>
    [JsonPropertyName("id")]
    public Snowflake Id { get; init; }

    /// <summary>The file name as uploaded.</summary>
    [JsonPropertyName("filename")]
    public string FileName { get; init; } = "";

    /// <summary>The size in bytes.</summary>
    [JsonPropertyName("size")]
    public long Size { get; init; }

    /// <summary>Where the file is downloaded from (Discord's CDN).</summary>
    [JsonPropertyName("url")]
    public string Url { get; init; } = "";

    /// <summary>The media type Discord detected, when it did.</summary>
    [JsonPropertyName("content_type")]
    public string? ContentType { get; init; }
}
