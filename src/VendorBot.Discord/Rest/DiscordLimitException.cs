namespace VendorBot.Discord.Rest;

/// <summary>
/// A payload breaks one of Discord's limits (see <see cref="DiscordLimits"/>). Thrown before any request is sent,
/// so nothing reaches Discord; the message names the field, the size and the limit.
/// </summary>
public sealed class DiscordLimitException : ArgumentException
{
    /// <summary>Creates an exception with a message.</summary>
    public DiscordLimitException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public DiscordLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    public DiscordLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for <paramref name="field"/>.</summary>
    public DiscordLimitException(string field, string message)
        : base($"{field}: {message}")
    {
        Field = field;
    }

    /// <summary>The offending field, e.g. <c>embeds[0].fields[3].value</c>.</summary>
    public string Field { get; } = "";
}
