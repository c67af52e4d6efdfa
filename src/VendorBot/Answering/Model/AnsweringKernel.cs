using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace VendorBot.Answering.Model;

/// <summary>Builds the process's one <see cref="Kernel"/> with the configured chat model, if any.</summary>
internal static class AnsweringKernel
{
    /// <summary>The named HttpClient (with retries) the model connector uses.</summary>
    public const string HttpClientName = "VendorBot.Llm";

    /// <summary>
    /// Creates the kernel. A chat service registered in DI (a test or benchmark fake) wins; otherwise the
    /// <see cref="LlmOptions.Provider"/> connector is added on the retrying HttpClient; with no provider the kernel has
    /// no chat service and answers are extractive.
    /// </summary>
    public static Kernel Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<LlmOptions>>().Value;
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(services.GetRequiredService<ILoggerFactory>());
        var registered = services.GetService<IChatCompletionService>();
        if (registered is not null)
        {
            builder.Services.AddSingleton(registered);
            return builder.Build();
        }

        if (options.Provider == LlmProvider.None)
        {
            return builder.Build();
        }

        // The connector turns off its own retries when given an HttpClient; retries and backoff live on this client.
        var httpClient = services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        var model = options.Model ?? string.Empty;
        switch (options.Provider)
        {
            case LlmProvider.OpenAI:
                builder.AddOpenAIChatCompletion(model, options.ApiKey ?? string.Empty, httpClient: httpClient);
                break;
            case LlmProvider.AzureOpenAI:
                builder.AddAzureOpenAIChatCompletion(model, options.Endpoint!.ToString(), options.ApiKey ?? string.Empty, httpClient: httpClient);
                break;
            default:
#pragma warning disable SKEXP0010 // A custom endpoint (Ollama, vLLM, LM Studio) is the documented way to reach OpenAI-compatible servers.
                builder.AddOpenAIChatCompletion(model, options.Endpoint!, options.ApiKey, httpClient: httpClient);
#pragma warning restore SKEXP0010
                break;
        }

        return builder.Build();
    }
}
