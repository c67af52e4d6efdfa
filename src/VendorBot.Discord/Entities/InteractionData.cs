using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>The data of an interaction: command fields for commands and autocomplete, component fields for clicks.</summary>
public sealed record InteractionData
{
    /// <summary>The command id.</summary>
    [JsonPropertyName("id")]
    public Snowflake? Id { get; init; }

    /// <summary>The command name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The command type (1 chat input).</summary>
    [JsonPropertyName("type")]
    public ApplicationCommandType? Type { get; init; }

    /// <summary>The options the user filled in (recursive for sub-commands).</summary>
    [JsonPropertyName("options")]
    public IReadOnlyList<InteractionDataOption> Options { get => field ?? []; init; }

    /// <summary>Full objects for the users, members, roles and channels referenced by options.</summary>
    [JsonPropertyName("resolved")]
    public ResolvedData? Resolved { get; init; }

    /// <summary>For components: the developer-defined id of the clicked component.</summary>
    [JsonPropertyName("custom_id")]
    public string? CustomId { get; init; }

    /// <summary>For components: the component type (2 button).</summary>
    [JsonPropertyName("component_type")]
    public ComponentType? ComponentType { get; init; }

    /// <summary>Finds a top-level option by name (case-sensitive, as Discord names are lower-case).</summary>
    public InteractionDataOption? FindOption(string name) =>
        Options.FirstOrDefault(option => string.Equals(option.Name, name, StringComparison.Ordinal));

    /// <summary>The option that has focus in an autocomplete interaction, searching sub-commands too.</summary>
    public InteractionDataOption? FocusedOption() => InteractionDataOption.FindFocused(Options);
}
