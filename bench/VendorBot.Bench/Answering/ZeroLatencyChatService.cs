using System.Runtime.CompilerServices;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace VendorBot.Bench.Answering;

/// <summary>
/// A chat model that answers at once with a cited sentence, so the measured time is VendorBot's and Semantic Kernel's
/// alone: the first sentence of source [1], verbatim, so it passes the claim-by-claim support check as a faithful
/// model's answer would (a canned sentence would be removed and every answer would fall back to the extractive one).
/// </summary>
internal sealed class ZeroLatencyChatService : IChatCompletionService
{
    private const string FallbackReply = "The first source covers this [1].";

    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>();

    public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ChatMessageContent>>([new ChatMessageContent(AuthorRole.Assistant, Reply(chatHistory))]);

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(
        ChatHistory chatHistory,
        PromptExecutionSettings? executionSettings = null,
        Kernel? kernel = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return new StreamingChatMessageContent(AuthorRole.Assistant, Reply(chatHistory));
    }

    // The sources are "[1] title — publisher, date" then the passage text on the next line.
    private static string Reply(ChatHistory chatHistory)
    {
        var prompt = chatHistory.LastOrDefault(m => m.Role == AuthorRole.User)?.Content ?? string.Empty;
        var heading = prompt.IndexOf("\n[1] ", StringComparison.Ordinal);
        var start = heading < 0 ? -1 : prompt.IndexOf('\n', heading + 1);
        if (start < 0)
        {
            return FallbackReply;
        }

        var end = prompt.IndexOf('\n', start + 1);
        var passage = prompt[(start + 1)..(end < 0 ? prompt.Length : end)];
        var stop = passage.IndexOf(". ", StringComparison.Ordinal);
        var sentence = (stop < 0 ? passage : passage[..(stop + 1)]).Trim();
        return sentence.Length == 0 ? FallbackReply : $"{sentence.TrimEnd('.')} [1].";
    }
}
