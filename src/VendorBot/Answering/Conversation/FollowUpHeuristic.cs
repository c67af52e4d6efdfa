using VendorBot.Knowledge.Text;

namespace VendorBot.Answering.Conversation;

/// <summary>
/// Rewrites a follow-up without a model. A question is a follow-up when it opens with a continuation ("and", "but",
/// "what about"), refers back with a pronoun ("it", "they", "their"), or names nobody. A follow-up inherits the names
/// of the most recent earlier question that had any (or, when none did, the content words of the last question):
/// "and what did the UK do?" after "What did Huawei threaten BES with?" becomes
/// "what did the UK do? (about Huawei, BES)". Retrieval then finds the right passages and the gate sees the names.
/// </summary>
internal static class FollowUpHeuristic
{
    private static readonly HashSet<string> Continuations = new(["and", "but", "also", "so", "then", "what about", "how about"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> BackReferences = new(
        ["it", "its", "they", "them", "their", "theirs", "he", "him", "his", "she", "her", "this", "that", "these", "those", "there"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Returns the standalone question for <paramref name="question"/> after <paramref name="history"/> (oldest first).</summary>
    public static string Rewrite(string question, IReadOnlyList<ConversationTurn> history)
    {
        var tokens = TextAnalyzer.Words(question);
        var names = tokens.Where(t => t.IsName).Select(t => t.Surface).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var trimmed = question.Trim();
        var opensWithContinuation = Continuations.Any(c => trimmed.StartsWith(c + " ", StringComparison.OrdinalIgnoreCase));
        var refersBack = tokens.Any(t => BackReferences.Contains(t.Surface));
        if (!opensWithContinuation && !refersBack && names.Count > 0)
        {
            return question;
        }

        var context = InheritedContext(history).Where(word => !names.Contains(word)).ToList();
        return context.Count == 0 ? question : $"{trimmed} (about {string.Join(", ", context)})";
    }

    private static IEnumerable<string> InheritedContext(IReadOnlyList<ConversationTurn> history)
    {
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var named = TextAnalyzer.Words(history[i].Question).Where(t => t.IsName).Select(t => t.Surface)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (named.Count > 0)
            {
                return named;
            }
        }

        return history.Count == 0
            ? []
            : TextAnalyzer.Words(history[^1].Question).Where(t => !t.IsStopword).Select(t => t.Surface).Distinct(StringComparer.OrdinalIgnoreCase);
    }
}
