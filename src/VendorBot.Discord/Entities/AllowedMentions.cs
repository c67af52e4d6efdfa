using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>
/// Which mentions in a message may ping. VendorBot sends <see cref="None"/> on every message so echoed text
/// (<c>@everyone</c>, <c>&lt;@id&gt;</c>, <c>&lt;@&amp;role&gt;</c>) renders but pings nobody.
/// </summary>
public sealed record AllowedMentions
{
    /// <summary>Nothing pings, not even the author of a replied-to message.</summary>
    public static AllowedMentions None { get; } = new() { Parse = [], RepliedUser = false };

    /// <summary>Mention kinds parsed from the content: "roles", "users", "everyone"; empty parses none.</summary>
    [JsonPropertyName("parse")]
    public IReadOnlyList<string> Parse { get => field ?? []; init; }

    /// <summary>User ids allowed to ping (≤ 100); only when "users" is not in <see cref="Parse"/>.</summary>
    [JsonPropertyName("users")]
    public IReadOnlyList<Snowflake>? Users { get; init; }

    /// <summary>Role ids allowed to ping (≤ 100); only when "roles" is not in <see cref="Parse"/>.</summary>
    [JsonPropertyName("roles")]
    public IReadOnlyList<Snowflake>? Roles { get; init; }

    /// <summary>Whether a reply pings the author of the replied-to message.</summary>
    [JsonPropertyName("replied_user")]
    public bool? RepliedUser { get; init; }
}
