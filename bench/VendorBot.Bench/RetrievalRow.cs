using System.Globalization;
using VendorBot.Knowledge.Search.Evaluation;

namespace VendorBot.Bench;

/// <summary>One line of the retrieval table.</summary>
internal sealed record RetrievalRow(string Collection, string System, RetrievalMetrics Metrics, PhaseMeasurement Build, LatencySummary Top100, LatencySummary Top10)
{
    private const double Megabyte = 1024 * 1024;

    public static string Header =>
        "| collection | system | nDCG@10 | Recall@100 | MRR@10 | build s | build alloc MB | build WS rise MB | SQLite heap MB | top-100 p50 ms | top-100 p95 ms | top-10 p50 ms | top-10 p95 ms |\n" +
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|";

    public string ToMarkdown() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Collection} | {System} | {Metrics.NdcgAt10:0.0000} | {Metrics.RecallAt100:0.0000} | {Metrics.MrrAt10:0.0000} | {Build.Elapsed.TotalSeconds:0.00} | {Build.AllocatedBytes / Megabyte:0.0} | {Build.PeakWorkingSetRiseBytes / Megabyte:0.0} | {Build.SqliteHeapPeakBytes / Megabyte:0.0} | {Top100.P50Ms:0.00} | {Top100.P95Ms:0.00} | {Top10.P50Ms:0.00} | {Top10.P95Ms:0.00} |");
}
