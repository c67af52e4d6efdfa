using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VendorBot.State;

namespace VendorBot.Feeds;

/// <summary>Registers following feeds: <see cref="FeedsOptions"/>, the feed state store, the poller and the default notifier.</summary>
public static class FeedsServiceCollectionExtensions
{
    /// <summary>Adds the feeds feature (the poller does not run; see <see cref="AddFeedPolling"/>).</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        services.AddOptions<FeedsOptions>().BindConfiguration(FeedsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddStateSchema(FeedStateSchema.Schema);
        services.TryAddSingleton<IFeedStore, StateFeedStore>();
        services.TryAddSingleton<LoggingFeedNotifier>();
        services.TryAddSingleton<IFeedNotifier>(provider => provider.GetRequiredService<LoggingFeedNotifier>());
        services.AddSingleton<FeedPoller>();
        return services;
    }

    /// <summary>Runs the <see cref="FeedPoller"/> in the background of the host (<c>vendorbot run</c>).</summary>
    public static IServiceCollection AddFeedPolling(this IServiceCollection services)
    {
        services.AddHostedService(provider => provider.GetRequiredService<FeedPoller>());
        return services;
    }
}
