namespace VendorBot.Answering.Model;

/// <summary>Which chat model service answers; <see cref="None"/> means the extractive composer only.</summary>
public enum LlmProvider
{
    /// <summary>No model: answers are extractive.</summary>
    None,

    /// <summary>api.openai.com (needs <c>Llm:ApiKey</c> and <c>Llm:Model</c>).</summary>
    OpenAI,

    /// <summary>Azure OpenAI (needs <c>Llm:Endpoint</c>, <c>Llm:ApiKey</c> and the deployment in <c>Llm:Model</c>).</summary>
    AzureOpenAI,

    /// <summary>Any OpenAI-compatible server such as Ollama, vLLM or LM Studio (needs <c>Llm:Endpoint</c> and <c>Llm:Model</c>).</summary>
    OpenAICompatible,
}
