namespace VendorBot.State;

/// <summary>The state store cannot be used: unreachable, misconfigured, or a schema newer than this code.</summary>
public sealed class StateStoreException : Exception
{
    /// <summary>Creates the exception with a message that names the store (never its connection string) and the cause.</summary>
    public StateStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception wrapping the provider's error.</summary>
    public StateStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
