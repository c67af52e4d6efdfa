using System.Text.Json;

namespace VendorBot.Discord.Gateway;

/// <summary>Serializes the payloads the client sends (source-generated JSON, UTF-8).</summary>
internal static class GatewayPayloads
{
    public static byte[] Heartbeat(long? lastSequence) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new GatewayCommand<long?>((int)GatewayOpCode.Heartbeat, lastSequence),
            GatewayJsonContext.Default.GatewayCommandNullableInt64);

    public static byte[] Identify(DiscordClientOptions client) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new GatewayCommand<IdentifyData>(
                (int)GatewayOpCode.Identify,
                new IdentifyData(
                    client.Token,
                    (int)client.Intents,
                    new IdentifyProperties(GatewayLimits.IdentifyOs, GatewayLimits.IdentifyClientName, GatewayLimits.IdentifyClientName),
                    [client.ShardId, client.ShardCount],
                    GatewayLimits.LargeThreshold)),
            GatewayJsonContext.Default.GatewayCommandIdentifyData);

    public static byte[] Resume(string token, string sessionId, long? lastSequence) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new GatewayCommand<ResumeData>((int)GatewayOpCode.Resume, new ResumeData(token, sessionId, lastSequence)),
            GatewayJsonContext.Default.GatewayCommandResumeData);
}
