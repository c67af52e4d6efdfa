using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Gateway;

/// <summary>Registers the gateway session.</summary>
public static class GatewayServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DiscordGatewayClient"/> with its options (<c>Discord</c>, <c>Discord:Gateway</c>, validated at
    /// start), the REST client (<c>AddDiscordRest()</c>, for <c>GET /gateway/bot</c>) unless already added, metrics, <see cref="TimeProvider.System"/> and the jitter source
    /// unless already registered. Add handlers as <see cref="IGatewayEventHandler"/> singletons.
    /// </summary>
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services)
    {
        services.AddOptions<DiscordClientOptions>()
            .BindConfiguration(DiscordClientOptions.SectionName)
            .ValidateOnStart();
        services.AddOptions<DiscordGatewayOptions>()
            .BindConfiguration(DiscordGatewayOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordGatewayOptions>, DiscordGatewayOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordClientOptions>, DiscordGatewayOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordClientOptions>, DiscordClientOptionsValidator>());

        // GET /gateway/bot goes through the REST client, its rate limits and invalid-request accounting.
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(IDiscordRestClient)))
        {
            services.AddDiscordRest();
        }

        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IGatewayRandom, SystemGatewayRandom>();
        services.TryAddSingleton<GatewayBotClient>();
        services.TryAddSingleton<IGatewayIdentifySlots, InProcessIdentifySlots>();
        services.TryAddSingleton<GatewayIdentifyGate>();
        services.TryAddSingleton<GatewayMetrics>();
        services.TryAddSingleton(provider => new DiscordGatewayClient(
            provider.GetRequiredService<IOptions<DiscordClientOptions>>(),
            provider.GetRequiredService<IOptions<DiscordGatewayOptions>>(),
            provider.GetRequiredService<GatewayBotClient>(),
            provider.GetRequiredService<GatewayIdentifyGate>(),
            provider.GetServices<IGatewayEventHandler>(),
            provider.GetRequiredService<IGatewayRandom>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<GatewayMetrics>(),
            provider.GetRequiredService<ILogger<DiscordGatewayClient>>()));
        return services;
    }
}
