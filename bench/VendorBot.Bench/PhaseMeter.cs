using System.Diagnostics;

namespace VendorBot.Bench;

/// <summary>
/// Measures one phase (an index build): wall time, managed bytes allocated (GC.GetTotalAllocatedBytes, precise), the
/// peak rise of the process working set over its value at the start (sampled every 5 ms), and SQLite's own heap
/// high-water mark (sqlite3_memory_highwater, reset at the start).
/// </summary>
internal sealed class PhaseMeter : IAsyncDisposable
{
    private const int SampleMilliseconds = 5;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly long _allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);
    private readonly long _workingSetAtStart;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _peakWorkingSet;

    public PhaseMeter()
    {
        GC.Collect();
        SQLitePCL.raw.sqlite3_memory_highwater(1);
        using var process = Process.GetCurrentProcess();
        _workingSetAtStart = _peakWorkingSet = process.WorkingSet64;
        _sampler = Task.Run(SampleAsync);
    }

    /// <summary>Stops measuring and returns the figures.</summary>
    public async Task<PhaseMeasurement> StopAsync()
    {
        _clock.Stop();
        await _stop.CancelAsync().ConfigureAwait(false);
        await _sampler.ConfigureAwait(false);
        Sample();
        return new PhaseMeasurement(
            _clock.Elapsed,
            GC.GetTotalAllocatedBytes(precise: true) - _allocatedAtStart,
            Math.Max(0, _peakWorkingSet - _workingSetAtStart),
            SQLitePCL.raw.sqlite3_memory_highwater(0));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _sampler.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(SampleMilliseconds));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                Sample();
            }
        }
        catch (OperationCanceledException)
        {
            // The phase ended.
        }
    }

    private void Sample()
    {
        using var process = Process.GetCurrentProcess();
        var current = process.WorkingSet64;
        if (current > Interlocked.Read(ref _peakWorkingSet))
        {
            Interlocked.Exchange(ref _peakWorkingSet, current);
        }
    }
}
