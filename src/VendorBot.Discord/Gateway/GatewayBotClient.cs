using System.Net;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Gateway;

/// <summary>
/// <c>GET /gateway/bot</c> through the REST client (User-Agent, rate limits, 429 and 5xx handling, invalid-request
/// accounting): where to connect and how many identifies are left.
/// </summary>
internal sealed class GatewayBotClient(IDiscordRestClient rest)
{
    /// <summary>
    /// Asks Discord for the gateway. A rejected token (401) or a refusal (403, e.g. Cloudflare's code 40333) is fatal
    /// (<see cref="DiscordGatewayException"/>): asking again cannot help and every refusal counts against the
    /// invalid-request limit. Rate limits, 5xx, timeouts and network failures are transient
    /// (<see cref="DiscordRestException"/>; the session backs off and asks again).
    /// </summary>
    public async Task<GatewayBotInfo> GetAsync(CancellationToken cancellationToken)
    {
        GatewayBotInfo info;
        try
        {
            info = await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordRestException error) when (error.Failure == DiscordRestFailure.TokenRejected)
        {
            throw new DiscordGatewayException(
                "Discord gateway authentication failed: GET /gateway/bot answered 401, the bot token was rejected. Check Discord:Token.", error);
        }
        catch (DiscordRestException error) when (error is { Failure: DiscordRestFailure.ApiError, StatusCode: HttpStatusCode.Forbidden })
        {
            throw new DiscordGatewayException(
                $"Discord refused GET /gateway/bot (HTTP 403{(error.DiscordCode is { } code ? $", code {code}" : "")}" +
                $"{(string.IsNullOrEmpty(error.DiscordMessage) ? "" : ": " + error.DiscordMessage)}); not asking again. " +
                "Code 40333 means Cloudflare blocks this network: wait, or run the bot from another host.", error);
        }

        return info is { Url.Length: > 0 }
            ? info
            : throw new DiscordRestException("GET /gateway/bot answered without a gateway URL.");
    }
}
