using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace VendorBot.State;

/// <summary>Registers the state store; each feature adds its own <see cref="StateSchema"/> with <see cref="AddStateSchema"/>.</summary>
public static class StateServiceCollectionExtensions
{
    /// <summary>Adds <see cref="StateDatabase"/> and binds <see cref="StateOptions"/> from <c>State</c>.</summary>
    public static IServiceCollection AddState(this IServiceCollection services)
    {
        services.AddOptions<StateOptions>().BindConfiguration(StateOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<LegacyIndexImport>();
        services.TryAddSingleton<StateDatabase>();
        return services;
    }

    /// <summary>Adds a feature's tables to the state store (idempotent per feature).</summary>
    public static IServiceCollection AddStateSchema(this IServiceCollection services, StateSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        services.AddState();
        if (!services.Any(d => d.ServiceType == typeof(StateSchema) && d.ImplementationInstance is StateSchema s && s.Feature == schema.Feature))
        {
            services.AddSingleton(schema);
        }

        return services;
    }
}
