using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace VendorBot.Knowledge.Articles;

/// <summary>Registers adding documents: <see cref="DocumentsOptions"/>, the safe fetcher and the article library.</summary>
public static class DocumentsServiceCollectionExtensions
{
    /// <summary>Adds the documents feature and binds <see cref="DocumentsOptions"/> from <c>Documents</c> (validated on start).</summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddOptions<DocumentsOptions>()
            .BindConfiguration(DocumentsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DocumentsOptions>, DocumentsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        services.AddSingleton<WebFetcher>();
        services.AddSingleton<ArticleLibrary>();
        return services;
    }
}
