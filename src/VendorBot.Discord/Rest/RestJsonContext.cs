using System.Text.Json.Serialization;
using VendorBot.Discord.Commands;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Interactions;

namespace VendorBot.Discord.Rest;

/// <summary>Source-generated JSON for REST bodies and responses; nulls are not written (see <see cref="DiscordJsonContext"/>).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(MessagePayload))]
[JsonSerializable(typeof(StartThreadPayload))]
[JsonSerializable(typeof(DiscordErrorBody))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(List<ApplicationCommand>))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(Channel))]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(Application))]
[JsonSerializable(typeof(GatewayBotInfo))]
internal sealed partial class RestJsonContext : JsonSerializerContext;
