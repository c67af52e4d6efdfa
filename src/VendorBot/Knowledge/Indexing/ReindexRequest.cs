namespace VendorBot.Knowledge.Indexing;

/// <summary>How a folder reindex may behave beyond the defaults.</summary>
public sealed record ReindexRequest
{
    /// <summary>The defaults: refuse a mass removal, fail at once when another run holds the lock.</summary>
    public static ReindexRequest Default { get; } = new();

    /// <summary>Allow a run that removes every indexed document, or more than half of them.</summary>
    public bool AllowRemoval { get; init; }

    /// <summary>Wait for another run's write lock instead of failing at once.</summary>
    public bool WaitForLock { get; init; }
}
