namespace VendorBot.Knowledge.Indexing;

/// <summary>Another index run holds the index's write lock; the message names its pid and start time.</summary>
public sealed class IndexBusyException : Exception
{
    /// <summary>Creates the exception with the message for the user.</summary>
    public IndexBusyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception wrapping a cause.</summary>
    public IndexBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
