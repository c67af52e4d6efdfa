namespace VendorBot.State;

/// <summary>The state store's constants.</summary>
public static class StateLimits
{
    /// <summary>How long a SQLite state write waits for another writer (transactions are short, so this is generous).</summary>
    public static readonly TimeSpan SqliteBusyTimeout = TimeSpan.FromSeconds(5);
}
