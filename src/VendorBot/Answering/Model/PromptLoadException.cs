namespace VendorBot.Answering.Model;

/// <summary>A prompt directory is missing or broken; start-up stops with this message, which names the file and the problem.</summary>
public sealed class PromptLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PromptLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception wrapping the parse error.</summary>
    public PromptLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
