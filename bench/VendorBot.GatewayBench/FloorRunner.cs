using System.Text.Json;

namespace VendorBot.GatewayBench;

/// <summary>The floor: plain System.Text.Json (source-generated) deserialization of the same frames, nothing else.</summary>
internal static class FloorRunner
{
    public static Task<Measurement> RunAsync(IReadOnlyList<byte[]> frames) =>
        Measurement.TakeAsync("System.Text.Json floor (deserialize only)", frames.Count, () =>
        {
            var checksum = 0UL;
            foreach (var frame in frames)
            {
                var envelope = JsonSerializer.Deserialize(frame, BenchJsonContext.Default.BenchEnvelope)
                    ?? throw new InvalidOperationException("A frame deserialized to null.");
                checksum += envelope.Data!.Id.Value;
            }

            return checksum == 0 ? throw new InvalidOperationException("Nothing was deserialized.") : Task.CompletedTask;
        });
}
