namespace VendorBot.Answering;

/// <summary>Whether the question was answered.</summary>
public enum AnswerOutcome
{
    /// <summary>An answer with at least one citation.</summary>
    Answered,

    /// <summary>The sources do not cover the question; the answer says so and cites nothing.</summary>
    NotCovered,

    /// <summary>The question was empty, only punctuation, or too long; the answer explains what is wrong.</summary>
    InvalidQuestion,
}
