namespace VendorBot.Knowledge.Loading;

/// <summary>A document file cannot be indexed; the message is the reason shown to the user (no stack trace).</summary>
public sealed class DocumentLoadException : Exception
{
    /// <summary>Creates the exception with the reason.</summary>
    public DocumentLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and the parser's error.</summary>
    public DocumentLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
