namespace VendorBot.Bench;

/// <summary>What <see cref="PhaseMeter"/> measured.</summary>
internal sealed record PhaseMeasurement(TimeSpan Elapsed, long AllocatedBytes, long PeakWorkingSetRiseBytes, long SqliteHeapPeakBytes);
