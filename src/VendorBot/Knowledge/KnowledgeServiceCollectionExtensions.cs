using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VendorBot.Knowledge.Claims;
using VendorBot.Knowledge.Indexing;
using VendorBot.Knowledge.Search;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Knowledge;

/// <summary>Registers the knowledge base: options, the index database, loaders, indexing and search.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>Adds the knowledge base services and binds <see cref="KnowledgeOptions"/> from <c>Knowledge</c>.</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<KnowledgeDatabase>();
        services.AddSingleton<KnowledgeIndexer>();
        services.AddSingleton<IndexPublisher>();
        services.AddSingleton<KnowledgeCatalog>();
        services.AddSingleton<ClaimCatalog>();
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ScratchIndexPool>();
        services.AddSingleton<DocumentFrequencyCache>();
        services.AddSingleton<PassageTermCache>();
        services.AddSingleton<IPassageSearch, PassageSearch>();
        return services;
    }
}
