using Microsoft.Extensions.DependencyInjection;

namespace VendorBot.Insights;

/// <summary>Registers the insights read from the answers log.</summary>
internal static class InsightsServiceCollectionExtensions
{
    /// <summary>Adds the <see cref="InsightsService"/> (needs answering, the knowledge base and documents registered).</summary>
    public static IServiceCollection AddInsights(this IServiceCollection services)
    {
        services.AddSingleton<InsightsService>();
        return services;
    }
}
