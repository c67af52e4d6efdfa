using Microsoft.Extensions.Options;

namespace VendorBot.Answering.Model;

/// <summary>Checks the rules across <see cref="LlmOptions"/> properties that each provider needs. Never echoes the key.</summary>
internal sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        var failures = new List<string>();
        if (options.Provider == LlmProvider.None)
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            failures.Add($"Llm:Model is required when Llm:Provider is {options.Provider}");
        }

        if (options.Provider is LlmProvider.AzureOpenAI or LlmProvider.OpenAICompatible && options.Endpoint is null)
        {
            failures.Add($"Llm:Endpoint is required when Llm:Provider is {options.Provider}");
        }

        if (options.Endpoint is { IsAbsoluteUri: false } or { Scheme: not ("http" or "https") })
        {
            failures.Add("Llm:Endpoint must be an absolute http or https URL");
        }

        if (options.Provider is LlmProvider.OpenAI or LlmProvider.AzureOpenAI && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"Llm:ApiKey is required when Llm:Provider is {options.Provider} (set VENDORBOT_Llm__ApiKey or a user secret)");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
