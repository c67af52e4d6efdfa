namespace VendorBot.Bench;

/// <summary>Percentiles of query latencies (nearest-rank).</summary>
internal static class Latencies
{
    public static double Percentile(IReadOnlyList<double> milliseconds, double percentile)
    {
        if (milliseconds.Count == 0)
        {
            return 0;
        }

        var sorted = milliseconds.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
