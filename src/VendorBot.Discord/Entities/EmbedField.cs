using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>One name/value field of an embed.</summary>
public sealed record EmbedField
{
    /// <summary>The field name (1–256).</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>The field value (1–1,024).</summary>
    [JsonPropertyName("value")]
    public string Value { get; init; } = "";

    /// <summary>Whether the field may sit beside others.</summary>
    [JsonPropertyName("inline")]
    public bool? Inline { get; init; }
}
