using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>
/// Source-generated System.Text.Json metadata for the shared entities. Nulls are not written (Discord treats an
/// explicit null in a PATCH as "remove"), unknown properties are ignored, enums travel as numbers.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(GuildMember))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(MessageReference))]
[JsonSerializable(typeof(Channel))]
[JsonSerializable(typeof(Guild))]
[JsonSerializable(typeof(Role))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionData))]
[JsonSerializable(typeof(InteractionDataOption))]
[JsonSerializable(typeof(ResolvedData))]
[JsonSerializable(typeof(Embed))]
[JsonSerializable(typeof(ActionRow))]
[JsonSerializable(typeof(Button))]
[JsonSerializable(typeof(AllowedMentions))]
[JsonSerializable(typeof(Application))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(Snowflake))]
public sealed partial class DiscordJsonContext : JsonSerializerContext;
