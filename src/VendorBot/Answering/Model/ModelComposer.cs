using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using VendorBot.Knowledge;

namespace VendorBot.Answering.Model;

/// <summary>Asks the chat model through the Semantic Kernel prompts; callers check citations and own the timeout.</summary>
internal sealed class ModelComposer(Kernel kernel, PromptLibrary prompts)
{
    /// <summary>True when a chat model is configured.</summary>
    public bool IsAvailable { get; } = kernel.Services.GetService<IChatCompletionService>() is not null;

    /// <summary>Streams the model's answer to <paramref name="question"/> from the numbered <paramref name="evidence"/>.</summary>
    public async IAsyncEnumerable<string> StreamAnswerAsync(
        string question,
        IReadOnlyList<SearchHit> evidence,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var arguments = new KernelArguments
        {
            ["question"] = question,
            ["sources"] = SourceFormatter.Format(evidence),
        };
        await foreach (var chunk in kernel.InvokeStreamingAsync<StreamingChatMessageContent>(prompts.Answer, arguments, cancellationToken)
            .ConfigureAwait(false))
        {
            if (!string.IsNullOrEmpty(chunk.Content))
            {
                yield return chunk.Content;
            }
        }
    }

    /// <summary>Asks the model to rewrite <paramref name="question"/> as a standalone question given <paramref name="history"/>.</summary>
    public async Task<string> CondenseAsync(string history, string question, CancellationToken cancellationToken)
    {
        var arguments = new KernelArguments
        {
            ["history"] = history,
            ["question"] = question,
        };
        var result = await kernel.InvokeAsync(prompts.Condense, arguments, cancellationToken).ConfigureAwait(false);
        return result.GetValue<string>() ?? string.Empty;
    }
}
