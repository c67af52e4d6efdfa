using System.Net;

namespace VendorBot.Discord.Rest;

/// <summary>What one HTTP attempt produced: an answer (status, body, headers) or a transport failure.</summary>
internal sealed record RestAttempt(
    HttpStatusCode? Status,
    byte[] Body,
    RateLimitHeaders Headers,
    DiscordRestFailure? TransportFailure = null,
    Exception? Error = null)
{
    public bool IsSuccess => Status is { } status && (int)status is >= 200 and < 300;

    public static RestAttempt Failed(DiscordRestFailure failure, Exception error) => new(null, [], default, failure, error);
}
