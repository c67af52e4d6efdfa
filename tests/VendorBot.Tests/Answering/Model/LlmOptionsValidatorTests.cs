using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VendorBot.Answering;
using VendorBot.Answering.Model;

namespace VendorBot.Tests.Answering.Model;

public sealed class LlmOptionsValidatorTests
{
    [Theory]
    [InlineData(LlmProvider.None, null, null, null, null)]
    [InlineData(LlmProvider.OpenAI, null, "gpt-4o-mini", "sk-1", null)]
    [InlineData(LlmProvider.OpenAICompatible, "http://127.0.0.1:11434/v1", "llama3", null, null)]
    [InlineData(LlmProvider.AzureOpenAI, "https://x.openai.azure.com", "deployment", "key", null)]
    [InlineData(LlmProvider.OpenAI, null, null, "sk-1", "Llm:Model is required when Llm:Provider is OpenAI")]
    [InlineData(LlmProvider.OpenAI, null, "gpt-4o-mini", null, "Llm:ApiKey is required when Llm:Provider is OpenAI")]
    [InlineData(LlmProvider.OpenAICompatible, null, "llama3", null, "Llm:Endpoint is required when Llm:Provider is OpenAICompatible")]
    [InlineData(LlmProvider.OpenAICompatible, "ftp://host/v1", "llama3", null, "Llm:Endpoint must be an absolute http or https URL")]
    [InlineData(LlmProvider.AzureOpenAI, "https://x.openai.azure.com", "deployment", null, "Llm:ApiKey is required when Llm:Provider is AzureOpenAI")]
    public void EachProviderNeedsItsSettings(LlmProvider provider, string? endpoint, string? model, string? key, string? failure)
    {
        var options = new LlmOptions { Provider = provider, Endpoint = endpoint is null ? null : new Uri(endpoint), Model = model, ApiKey = key };

        var result = new LlmOptionsValidator().Validate(null, options);

        if (failure is null)
        {
            result.Succeeded.ShouldBeTrue(result.FailureMessage);
        }
        else
        {
            result.Failures.ShouldNotBeNull().ShouldContain(f => f.StartsWith(failure, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TheApiKeyIsRedactedWhenTheOptionsArePrinted() =>
        new LlmOptions { Provider = LlmProvider.OpenAI, Model = "m", ApiKey = "sk-secret-123" }.ToString().ShouldNotContain("sk-secret-123");

    [Fact]
    public async Task ABadModelConfigurationStopsTheAnswerServiceWithAMessageNamingTheKeyButNotTheSecret()
    {
        var settings = new Dictionary<string, string?> { ["Llm:Provider"] = "OpenAICompatible", ["Llm:ApiKey"] = "sk-secret-123" };
        await using var host = await AnsweringTestHost.StartAsync(AnsweringTestHost.Fixtures, settings);

        var error = Should.Throw<OptionsValidationException>(() => host.Services.GetRequiredService<IAnswerService>());

        error.Message.ShouldContain("Llm:Model is required");
        error.Message.ShouldContain("Llm:Endpoint is required");
        error.Message.ShouldNotContain("sk-secret-123");
    }
}
