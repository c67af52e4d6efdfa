using System.Text.Json.Serialization;
using VendorBot.Discord.Entities;

namespace VendorBot.Discord.Gateway;

/// <summary>Source-generated JSON for the gateway's own payloads (entities come from <see cref="DiscordJsonContext"/>).</summary>
[JsonSerializable(typeof(GatewayCommand<long?>))]
[JsonSerializable(typeof(GatewayCommand<IdentifyData>))]
[JsonSerializable(typeof(GatewayCommand<ResumeData>))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyEvent))]
internal sealed partial class GatewayJsonContext : JsonSerializerContext;
