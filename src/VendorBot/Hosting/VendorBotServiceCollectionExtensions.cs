using Microsoft.Extensions.DependencyInjection;
using VendorBot.Answering;
using VendorBot.Feeds;
using VendorBot.Insights;
using VendorBot.Knowledge;
using VendorBot.State;
using VendorBot.Knowledge.Articles;

namespace VendorBot.Hosting;

/// <summary>Registers every feature of VendorBot; each feature owns its own registration extension.</summary>
internal static class VendorBotServiceCollectionExtensions
{
    /// <summary>Adds the knowledge base, answering and the bot with their options.</summary>
    public static IServiceCollection AddVendorBot(this IServiceCollection services)
    {
        services.AddKnowledge();
        services.AddState();
        services.AddDocuments();
        services.AddFeeds();
        services.AddAnswering();
        services.AddInsights();
        return services;
    }
}
