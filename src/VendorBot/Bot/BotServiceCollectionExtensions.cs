using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using VendorBot.Bot.Documents;
using VendorBot.Bot.Feeds;
using VendorBot.Bot.Flood;
using VendorBot.Bot.Interactions;
using VendorBot.Bot.Messages;
using VendorBot.Bot.Notifications;
using VendorBot.Bot.Replies;
using VendorBot.Bot.Settings;
using VendorBot.Bot.Sharding;
using VendorBot.Discord.Gateway;
using VendorBot.Discord.Rest;
using VendorBot.Feeds;
using VendorBot.State;

namespace VendorBot.Bot;

/// <summary>Registers the Discord bot: its options, the Discord client, the handlers and the hosted <see cref="BotWorker"/>.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>Adds the bot. Call after <c>AddVendorBot()</c>; only <c>vendorbot run</c> (and the tests) add it.</summary>
    public static IServiceCollection AddBot(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DiscordGuildOptions>().BindConfiguration(DiscordGuildOptions.SectionName);
        services.AddOptions<HostOptions>().Configure<IConfiguration>((host, configuration) =>
            host.ShutdownTimeout = ShutdownGrace(configuration) + BotLimits.CancelledWorkPatience + BotLimits.GatewayCloseAllowance);
        services.AddStateSchema(BotStateSchema.Schema);
        services.AddSingleton<IGatewayIdentifySlots, StateIdentifySlots>();
        services.AddDiscordRest();
        services.AddDiscordGateway();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton(_ => new ConversationMemory());
        services.AddSingleton<DeliveryClaims>();
        services.AddSingleton<DeliveryDeduplicator>();
        services.AddSingleton<FloodGate>();
        services.AddSingleton<QuestionIntake>();
        services.AddSingleton<QuestionScheduler>();
        services.AddSingleton<AnswerRunner>();
        services.AddSingleton<AdminPolicy>();
        services.AddSingleton<MessageQuestionHandler>();
        services.AddSingleton<ChannelSettingsStore>();
        services.AddHostedService<ChannelSettingsListener>();
        services.AddSingleton<ThreadParents>();
        services.AddSingleton<ChannelAccess>();
        services.AddSingleton<VendorAutocomplete>();
        services.AddCommand<AskCommand>();
        services.AddCommand<SourcesCommand>();
        services.AddCommand<ReindexCommand>();
        services.AddCommand<HelpCommand>();
        services.AddCommand<VendorsCommand>();
        services.AddCommand<TimelineCommand>();
        services.AddCommand<ClaimsCommand>();
        services.AddCommand<SettingsCommand>();
        services.AddCommand<DocumentsCommand>();
        services.AddCommand<InsightsCommand>();
        services.AddCommand<FeedsCommand>();
        services.AddCommand<AnswerButtons>();
        services.AddSingleton<InteractionRouter>();
        services.AddSingleton<IGatewayEventHandler, BotGatewayHandler>();
        services.AddHostedService<BotWorker>();
        services.Replace(ServiceDescriptor.Singleton<IFeedNotifier, DiscordFeedNotifier>());
        return services;
    }

    // Read raw (not through the validated options) so that a bad value fails at start with its own message, not at build.
    private static TimeSpan ShutdownGrace(IConfiguration configuration) =>
        TimeSpan.TryParse(configuration[$"{BotOptions.SectionName}:{nameof(BotOptions.ShutdownGrace)}"], CultureInfo.InvariantCulture, out var grace)
        && grace >= TimeSpan.Zero && grace <= BotLimits.MaxShutdownGrace
            ? grace
            : TimeSpan.FromSeconds(BotLimits.ShutdownGraceSeconds);
}
