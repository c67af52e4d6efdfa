using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using VendorBot.Discord.Entities;

namespace VendorBot.Discord.Gateway;

/// <summary><c>GET {RestBaseUrl}/gateway/bot</c>: where to connect and how many identifies are left.</summary>
internal sealed class GatewayBotClient(IHttpClientFactory httpClientFactory, IOptions<DiscordClientOptions> options)
{
    /// <summary>The named <see cref="HttpClient"/> of the gateway lookup.</summary>
    public const string HttpClientName = "VendorBot.Discord.Gateway";

    /// <summary>Asks Discord for the gateway; a 401 is fatal (<see cref="DiscordGatewayException"/>), other failures transient.</summary>
    public async Task<GatewayBotInfo> GetAsync(CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Get, GatewayUris.GatewayBotEndpoint(options.Value.RestBaseUrl));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.Token);
        request.Headers.TryAddWithoutValidation("User-Agent", Rest.DiscordRestConstants.UserAgent);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
            .ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new DiscordGatewayException(
                "Discord gateway authentication failed: GET /gateway/bot answered 401, the bot token was rejected. Check Discord:Token.");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET /gateway/bot answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        var info = await response.Content.ReadFromJsonAsync(DiscordJsonContext.Default.GatewayBotInfo, cancellationToken)
            .ConfigureAwait(false);
        return info is { Url.Length: > 0 }
            ? info
            : throw new HttpRequestException("GET /gateway/bot answered without a gateway URL.");
    }
}
