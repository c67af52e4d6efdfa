using System.Text;
using Microsoft.Extensions.Logging;
using VendorBot.Answering.Model;

namespace VendorBot.Answering.Conversation;

/// <summary>
/// Turns a follow-up ("and what did the UK do?") into a standalone question using the earlier turns: with the model
/// through <c>prompts/condense</c>, otherwise (or when the model fails) with <see cref="FollowUpHeuristic"/>.
/// </summary>
internal sealed partial class QuestionCondenser(ModelComposer model, ILogger<QuestionCondenser> logger)
{
    /// <summary>Returns the standalone form of <paramref name="question"/>; the question itself when there is no history.</summary>
    public async Task<string> CondenseAsync(string question, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken)
    {
        if (history.Count == 0)
        {
            return question;
        }

        var recent = history.TakeLast(AnsweringLimits.MaxHistoryTurns).ToList();
        if (!model.IsAvailable)
        {
            return FollowUpHeuristic.Rewrite(question, recent);
        }

        try
        {
            var rewritten = await model.CondenseAsync(Render(recent), question, cancellationToken).ConfigureAwait(false);
            var line = rewritten.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (QuestionRules.Problem(line) is null && line is not null)
            {
                return line;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogCondenseFailed(logger, ex.GetType().Name);
        }

        return FollowUpHeuristic.Rewrite(question, recent);
    }

    private static string Render(IReadOnlyList<ConversationTurn> turns)
    {
        var text = new StringBuilder();
        foreach (var turn in turns)
        {
            text.Append("User: ").Append(turn.Question).Append('\n');
            text.Append("VendorBot: ").Append(turn.Answer).Append('\n');
        }

        return text.ToString().TrimEnd();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Condensing the follow-up with the model failed ({ErrorType}); using the heuristic")]
    private static partial void LogCondenseFailed(ILogger logger, string errorType);
}
