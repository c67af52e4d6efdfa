using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using VendorBot.Discord.Commands;

namespace VendorBot.Discord.Rest;

/// <summary>Registers the Discord REST client.</summary>
public static class DiscordRestServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IDiscordRestClient"/> and <see cref="CommandRegistrar"/> (with metrics on the
    /// <c>VendorBot.Discord</c> meter), binding <c>Discord</c> and
    /// <c>Discord:Rest</c> options (validated at start), with a named HttpClient from IHttpClientFactory whose
    /// default request logging is removed (it would log interaction tokens, which sit in URL paths).
    /// </summary>
    public static IServiceCollection AddDiscordRest(this IServiceCollection services)
    {
        services.AddOptions<DiscordClientOptions>().BindConfiguration(DiscordClientOptions.SectionName).ValidateOnStart();
        services.AddOptions<DiscordRestOptions>().BindConfiguration(DiscordRestOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordClientOptions>, DiscordClientOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordClientOptions>, DiscordTokenValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordRestOptions>, DiscordRestOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RestMetrics>();
        services.TryAddSingleton(_ => new RetryBackoff(Random.Shared));
        services.TryAddSingleton<RateLimitRegistry>();
        services.TryAddSingleton<DiscordTokenStatus>();
        services.TryAddSingleton<RestRequestSender>();
        services.TryAddSingleton<IDiscordRestClient, DiscordRestClient>();
        services.TryAddSingleton<CommandRegistrar>();
        services.AddHttpClient(DiscordRestConstants.HttpClientName, static (provider, http) =>
            {
                var baseUrl = provider.GetRequiredService<IOptions<DiscordClientOptions>>().Value.RestBaseUrl.ToString();

                // Routes are relative ("channels/1/messages"): without the trailing slash the last segment would be dropped.
                http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
                http.DefaultRequestHeaders.UserAgent.Clear();
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", DiscordRestConstants.UserAgent);

                // Attempts are timed by DiscordRestOptions.AttemptTimeout; the client-wide timeout must not cut in first.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .RemoveAllLoggers();
        return services;
    }
}
