using Microsoft.Extensions.DependencyInjection;

namespace VendorBot.Bot.Interactions;

/// <summary>Registers interaction handlers: one call per command type.</summary>
internal static class InteractionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <typeparamref name="T"/> as a singleton and as each role it implements: <see cref="ISlashCommand"/>,
    /// <see cref="IComponentHandler"/>. Commands are registered with Discord in the order they are added.
    /// </summary>
    public static IServiceCollection AddCommand<T>(this IServiceCollection services)
        where T : class
    {
        var roles = new[] { typeof(ISlashCommand), typeof(IComponentHandler) }.Where(role => role.IsAssignableFrom(typeof(T))).ToList();
        if (roles.Count == 0)
        {
            throw new ArgumentException($"{typeof(T).Name} is neither a slash command nor a component handler.", nameof(T));
        }

        services.AddSingleton<T>();
        foreach (var role in roles)
        {
            services.AddSingleton(role, provider => provider.GetRequiredService<T>());
        }

        return services;
    }
}
