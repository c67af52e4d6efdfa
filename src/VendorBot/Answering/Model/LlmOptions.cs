using System.ComponentModel.DataAnnotations;

namespace VendorBot.Answering.Model;

/// <summary>The optional chat model. The API key is a secret: never logged, redacted by <see cref="ToString"/>.</summary>
public sealed class LlmOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Llm";

    /// <summary>The model service. <value>Default <see cref="LlmProvider.None"/> (extractive answers).</value></summary>
    public LlmProvider Provider { get; set; } = LlmProvider.None;

    /// <summary>Base URL (e.g. <c>http://localhost:11434/v1</c> for Ollama). Required for Azure and OpenAI-compatible.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Model id (Azure: the deployment name). Required with a provider.</summary>
    public string? Model { get; set; }

    /// <summary>API key; optional for OpenAI-compatible servers. From environment or user secrets, never appsettings.json.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Time allowed for one answer from the model, retries included. <value>Default 30 s, 1 s to 10 min.</value></summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Llm:Timeout must be between 00:00:01 and 00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries on 429 and 5xx responses. <value>Default 2, 0 to 5.</value></summary>
    [Range(0, 5, ErrorMessage = "Llm:MaxRetries must be between 0 and 5")]
    public int MaxRetries { get; set; } = 2;

    /// <summary>First retry delay; doubles each retry, with jitter. <value>Default 1 s, 1 ms to 1 min.</value></summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00", ErrorMessage = "Llm:RetryDelay must be between 00:00:00.001 and 00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Redacts the API key.</summary>
    public override string ToString() =>
        $"Provider={Provider}, Endpoint={Endpoint}, Model={Model}, ApiKey={(string.IsNullOrEmpty(ApiKey) ? "(none)" : "***")}, Timeout={Timeout}";
}
