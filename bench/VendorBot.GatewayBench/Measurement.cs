using System.Diagnostics;

namespace VendorBot.GatewayBench;

/// <summary>One timed run: events, wall time, process CPU time and bytes allocated on all threads.</summary>
internal sealed record Measurement(string Name, int Events, TimeSpan Elapsed, TimeSpan CpuTime, long AllocatedBytes)
{
    public double EventsPerSecond => Events / Elapsed.TotalSeconds;

    public double CpuMicrosecondsPerEvent => CpuTime.TotalMicroseconds / Events;

    public double BytesPerEvent => (double)AllocatedBytes / Events;

    /// <summary>Runs <paramref name="run"/> between two full-process allocation readings and a stopwatch.</summary>
    public static async Task<Measurement> TakeAsync(string name, int events, Func<Task> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var started = TimeProvider.System.GetTimestamp();
        await run();
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        return new Measurement(name, events, elapsed, process.TotalProcessorTime - cpuBefore, allocated);
    }
}
