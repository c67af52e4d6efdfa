namespace VendorBot.Knowledge.Articles;

/// <summary>A link or file was refused or could not be fetched; the message says why in words a user can act on.</summary>
public sealed class DocumentFetchException : Exception
{
    /// <summary>Creates the exception with the reason.</summary>
    public DocumentFetchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and the underlying error.</summary>
    public DocumentFetchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
