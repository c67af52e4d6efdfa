using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using VendorBot.Bot.Flood;
using VendorBot.Bot.Interactions;
using VendorBot.Bot.Messages;
using VendorBot.Bot.Replies;
using VendorBot.Discord.Gateway;
using VendorBot.Discord.Rest;
using VendorBot.Hosting;

namespace VendorBot.Bot;

/// <summary>Registers the Discord bot: its options, the Discord client, the handlers and the hosted <see cref="BotWorker"/>.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>Adds the bot. Call after <c>AddVendorBot()</c>; only <c>vendorbot run</c> (and the tests) add it.</summary>
    public static IServiceCollection AddBot(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DiscordGuildOptions>().BindConfiguration(DiscordGuildOptions.SectionName);
        services.AddOptions<HostOptions>().Configure<Microsoft.Extensions.Options.IOptions<BotOptions>>((host, bot) =>
            host.ShutdownTimeout = bot.Value.ShutdownGrace + BotLimits.CancelledWorkPatience + BotLimits.GatewayCloseAllowance);
        services.AddDiscordRest();
        services.AddDiscordGateway();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton(_ => new ConversationMemory());
        services.AddSingleton<DeliveryDeduplicator>();
        services.AddSingleton<FloodGate>();
        services.AddSingleton<QuestionScheduler>();
        services.AddSingleton<AnswerRunner>();
        services.AddSingleton<AdminPolicy>();
        services.AddSingleton<MessageQuestionHandler>();
        services.AddSingleton<AskCommand>();
        services.AddSingleton<SourcesCommand>();
        services.AddSingleton<ReindexCommand>();
        services.AddSingleton<HelpCommand>();
        services.AddSingleton<AnswerButtons>();
        services.AddSingleton<VendorAutocomplete>();
        services.AddSingleton<InteractionRouter>();
        services.AddSingleton<IGatewayEventHandler, BotGatewayHandler>();
        services.AddHostedService<BotWorker>();
        return services;
    }
}
