using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>A row of up to 5 buttons (component type 1). Messages carry up to 5 rows.</summary>
public sealed record ActionRow
{
    /// <summary>Always <see cref="ComponentType.ActionRow"/>.</summary>
    [JsonPropertyName("type")]
    public ComponentType Type { get; init; } = ComponentType.ActionRow;

    /// <summary>The buttons in the row.</summary>
    [JsonPropertyName("components")]
    public IReadOnlyList<Button> Components { get => field ?? []; init; }
}
