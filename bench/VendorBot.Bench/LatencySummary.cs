namespace VendorBot.Bench;

/// <summary>Median and 95th percentile of query latency, in milliseconds.</summary>
internal sealed record LatencySummary(double P50Ms, double P95Ms);
