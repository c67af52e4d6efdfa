using System.Globalization;

namespace VendorBot.Answering;

/// <summary>What makes a question answerable at all: not empty, some letters or digits, and not too long.</summary>
internal static class QuestionRules
{
    /// <summary>Returns why <paramref name="question"/> cannot be answered, or null when it can.</summary>
    public static string? Problem(string? question)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return "Please ask a question: the message was empty.";
        }

        if (question.Length > AnsweringLimits.MaxQuestionLength)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"That question is {question.Length:N0} characters long; please keep it under {AnsweringLimits.MaxQuestionLength:N0}.");
        }

        return question.Any(char.IsLetterOrDigit) ? null : "Please ask a question in words: that one had only punctuation or symbols.";
    }
}
