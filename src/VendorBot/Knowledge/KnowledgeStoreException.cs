namespace VendorBot.Knowledge;

/// <summary>The index file cannot be used: unreadable, not an index, or a schema newer than this code.</summary>
public sealed class KnowledgeStoreException : Exception
{
    /// <summary>Creates the exception with a message that names the file and the cause.</summary>
    public KnowledgeStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception wrapping the SQLite error.</summary>
    public KnowledgeStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when the file is a SQLite database that is not a VendorBot index (it was left unchanged).</summary>
    public bool NotAnIndex { get; init; }
}
