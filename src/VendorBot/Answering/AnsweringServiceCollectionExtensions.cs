using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using VendorBot.Answering.Conversation;
using VendorBot.Answering.Log;
using VendorBot.Answering.Model;
using VendorBot.Answering.Relevance;
using VendorBot.State;
using VendorBot.Answering.Understanding;

namespace VendorBot.Answering;

/// <summary>Registers answering: options, prompts, the Kernel, composers, the relevance gate and the answers log.</summary>
public static class AnsweringServiceCollectionExtensions
{
    /// <summary>Adds the answering services and binds <see cref="AnswerOptions"/> (<c>Answering</c>) and <see cref="LlmOptions"/> (<c>Llm</c>).</summary>
    public static IServiceCollection AddAnswering(this IServiceCollection services)
    {
        services.AddOptions<AnswerOptions>()
            .BindConfiguration(AnswerOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<LlmOptions>()
            .BindConfiguration(LlmOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>();

        // Timeouts are per answer (see ModelStream), so the client itself never times out; it only retries 429 and 5xx.
        services.AddHttpClient(AnsweringKernel.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("llm-retry", (pipeline, context) =>
            {
                var llm = context.ServiceProvider.GetRequiredService<IOptions<LlmOptions>>().Value;
                if (llm.MaxRetries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = llm.MaxRetries,
                        Delay = llm.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                    });
                }
            });

        services.AddMetrics();
        services.AddSingleton<AnsweringMetrics>();
        services.AddSingleton<PromptLibrary>();
        services.AddSingleton(AnsweringKernel.Create);
        services.AddSingleton<ModelComposer>();
        services.AddSingleton<ITermStatistics, SqliteTermStatistics>();
        services.AddSingleton<QuestionAnalyzer>();
        services.AddSingleton<RelevanceGate>();
        services.AddSingleton<QuestionCondenser>();
        services.AddStateSchema(AnswerLogSchema.Schema);
        services.AddSingleton<IAnswerLog, StateAnswerLog>();
        services.AddSingleton<IAnswerService, AnswerService>();
        return services;
    }
}
