using System.Text.Json.Serialization;
using VendorBot.Discord.Entities;

namespace VendorBot.Discord.Commands;

/// <summary>An option of a slash command (string, integer, boolean, user, channel, ... or a sub-command).</summary>
public sealed record ApplicationCommandOption
{
    /// <summary>The option type.</summary>
    [JsonPropertyName("type")]
    public ApplicationCommandOptionType Type { get; init; } = ApplicationCommandOptionType.String;

    /// <summary>The name: 1–32, lower-case, <c>^[-_\p{L}\p{N}]{1,32}$</c>.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>The description (1–100).</summary>
    [JsonPropertyName("description")]
    public string Description { get; init; } = "";

    /// <summary>Whether the user must fill it in. <value>Default false (Discord's default).</value></summary>
    [JsonPropertyName("required")]
    public bool? Required { get; init; }

    /// <summary>Whether the bot suggests values while the user types (not with <see cref="Choices"/>).</summary>
    [JsonPropertyName("autocomplete")]
    public bool? Autocomplete { get; init; }

    /// <summary>Fixed choices (≤ 25).</summary>
    [JsonPropertyName("choices")]
    public IReadOnlyList<ApplicationCommandChoice>? Choices { get; init; }

    /// <summary>Minimum length of a string option (0–6,000).</summary>
    [JsonPropertyName("min_length")]
    public int? MinLength { get; init; }

    /// <summary>Maximum length of a string option (1–6,000).</summary>
    [JsonPropertyName("max_length")]
    public int? MaxLength { get; init; }

    /// <summary>Minimum of an integer or number option.</summary>
    [JsonPropertyName("min_value")]
    public double? MinValue { get; init; }

    /// <summary>Maximum of an integer or number option.</summary>
    [JsonPropertyName("max_value")]
    public double? MaxValue { get; init; }

    /// <summary>For channel options: the channel types offered.</summary>
    [JsonPropertyName("channel_types")]
    public IReadOnlyList<ChannelType>? ChannelTypes { get; init; }

    /// <summary>Nested options of a sub-command or group.</summary>
    [JsonPropertyName("options")]
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
}
