using System.Text.Json.Serialization;

namespace VendorBot.Discord.Fakes;

/// <summary>Source-generated JSON for the few plain values the fake writes (strings in payloads).</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class FakeJsonContext : JsonSerializerContext;
