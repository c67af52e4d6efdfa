namespace VendorBot.Answering.Evaluation;

/// <summary>
/// The figures of an evaluation run: the pass rate overall and per tag, how well the bot chooses between answering and
/// declining (precision and recall of answering, share of <c>no_answer</c> lines declined) and attribution accuracy.
/// </summary>
/// <param name="Passed">Lines that passed.</param>
/// <param name="Total">Lines run (bad lines included, as failures).</param>
/// <param name="Tags">Pass counts per tag, by tag name.</param>
/// <param name="Answering">Answering versus declining.</param>
/// <param name="Attributed">Expected actor/stance pairs found in the answers.</param>
/// <param name="ExpectedAttributions">Expected actor/stance pairs.</param>
/// <param name="Leaking">The lines whose answer states something about a vendor the question does not name (the goal is none).</param>
public sealed record EvalReport(
    int Passed, int Total, IReadOnlyList<TagScore> Tags, AnsweringScore Answering, int Attributed, int ExpectedAttributions, IReadOnlyList<VendorLeak> Leaking)
{
    /// <summary>Passed / total (0 when nothing ran).</summary>
    public double PassRate => Total == 0 ? 0 : (double)Passed / Total;

    /// <summary>Attributed / expected, or null when no line expects attributions.</summary>
    public double? AttributionAccuracy => ExpectedAttributions == 0 ? null : (double)Attributed / ExpectedAttributions;

    /// <summary>Summarises <paramref name="outcomes"/>.</summary>
    public static EvalReport Of(IReadOnlyList<EvalOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var tags = outcomes
            .SelectMany(o => o.Tags.Distinct(StringComparer.Ordinal).Select(tag => (Tag: tag, o.Passed)))
            .GroupBy(t => t.Tag, StringComparer.Ordinal)
            .Select(g => new TagScore(g.Key, g.Count(t => t.Passed), g.Count()))
            .OrderBy(t => t.Tag, StringComparer.Ordinal)
            .ToList();
        var judged = outcomes.Where(o => o.Answer is not null && o.Expect is not null).ToList();
        var answered = judged.Where(o => o.Answer!.Outcome == AnswerOutcome.Answered).ToList();
        var answering = new AnsweringScore(
            AnsweredWhenExpected: answered.Count(o => o.Expect == EvalQuestion.ExpectAnswer),
            Answered: answered.Count,
            ExpectedAnswers: judged.Count(o => o.Expect == EvalQuestion.ExpectAnswer),
            DeclinedWhenExpected: judged.Count(o => o.Expect == EvalQuestion.ExpectNoAnswer && o.Answer!.Outcome != AnswerOutcome.Answered),
            ExpectedDeclines: judged.Count(o => o.Expect == EvalQuestion.ExpectNoAnswer));
        return new EvalReport(
            outcomes.Count(o => o.Passed),
            outcomes.Count,
            tags,
            answering,
            outcomes.Sum(o => o.Attribution?.Found ?? 0),
            outcomes.Sum(o => o.Attribution?.Expected ?? 0),
            [.. outcomes.Where(o => o.Leaks.Count > 0).Select(o => new VendorLeak(o.Id, o.Leaks))]);
    }
}

/// <summary>An answer that states something about vendors its question does not name.</summary>
/// <param name="Id">The question id.</param>
/// <param name="Vendors">The vendors not asked about.</param>
public sealed record VendorLeak(string Id, IReadOnlyList<string> Vendors);

/// <summary>Pass count of the lines with one tag.</summary>
/// <param name="Tag">The tag.</param>
/// <param name="Passed">Lines with the tag that passed.</param>
/// <param name="Total">Lines with the tag.</param>
public sealed record TagScore(string Tag, int Passed, int Total)
{
    /// <summary>Passed / total.</summary>
    public double PassRate => Total == 0 ? 0 : (double)Passed / Total;
}

/// <summary>
/// Answering versus declining, whatever the quality of the answer: precision is the share of answers given to
/// questions that expect one, recall the share of such questions that got an answer.
/// </summary>
/// <param name="AnsweredWhenExpected">Answers given to lines that expect an answer.</param>
/// <param name="Answered">Answers given.</param>
/// <param name="ExpectedAnswers">Lines that expect an answer.</param>
/// <param name="DeclinedWhenExpected">Lines that expect no answer and were declined.</param>
/// <param name="ExpectedDeclines">Lines that expect no answer.</param>
public sealed record AnsweringScore(int AnsweredWhenExpected, int Answered, int ExpectedAnswers, int DeclinedWhenExpected, int ExpectedDeclines)
{
    /// <summary>Answers to answerable lines / answers given (1 when nothing was answered).</summary>
    public double Precision => Answered == 0 ? 1 : (double)AnsweredWhenExpected / Answered;

    /// <summary>Answers to answerable lines / answerable lines (0 when there are none).</summary>
    public double Recall => ExpectedAnswers == 0 ? 0 : (double)AnsweredWhenExpected / ExpectedAnswers;

    /// <summary>Declined no_answer lines / no_answer lines (0 when there are none).</summary>
    public double DeclineRate => ExpectedDeclines == 0 ? 0 : (double)DeclinedWhenExpected / ExpectedDeclines;
}
