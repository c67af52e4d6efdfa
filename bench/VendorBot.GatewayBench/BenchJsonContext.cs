using System.Text.Json.Serialization;

namespace VendorBot.GatewayBench;

/// <summary>Source-generated JSON for the floor, as fast as System.Text.Json gets.</summary>
[JsonSerializable(typeof(BenchEnvelope))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
