namespace VendorBot.Answering.Evaluation;

/// <summary>The verdict on one evaluation line.</summary>
/// <param name="Line">1-based line number in the file.</param>
/// <param name="Id">The question id (or <c>line N</c> when the line could not be read).</param>
/// <param name="Passed">True when the answer met every expectation.</param>
/// <param name="Reason">Why it failed, or what passed.</param>
/// <param name="Answer">The answer given, when the line was valid.</param>
public sealed record EvalOutcome(int Line, string Id, bool Passed, string Reason, AnswerResult? Answer)
{
    /// <summary>The <c>must_attribute</c> score, when the line expects attributions.</summary>
    public AttributionScore? Attribution { get; init; }

    /// <summary>The line's tags (empty when it has none or could not be read).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Vendors the question does not name that the answer states something about (<see cref="VendorLeakJudge"/>).</summary>
    public IReadOnlyList<string> Leaks { get; init; } = [];

    /// <summary>The line's <c>expect</c> value, when it could be read.</summary>
    public string? Expect { get; init; }
}
