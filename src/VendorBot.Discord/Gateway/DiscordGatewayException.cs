namespace VendorBot.Discord.Gateway;

/// <summary>
/// The gateway stopped for good: Discord rejected the token (4004), the shard (4010, 4011), the API version (4012) or
/// the intents (4013, 4014). Retrying cannot help, so the session never loops on these. The message names the cause
/// and never contains the token.
/// </summary>
public sealed class DiscordGatewayException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DiscordGatewayException()
    {
    }

    /// <summary>Creates the exception with a message naming the cause.</summary>
    public DiscordGatewayException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure behind it.</summary>
    public DiscordGatewayException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a close code the server sent.</summary>
    public DiscordGatewayException(string message, int closeCode)
        : base(message)
    {
        CloseCode = closeCode;
    }

    /// <summary>The WebSocket close code Discord sent, when a close caused this.</summary>
    public int? CloseCode { get; }
}
