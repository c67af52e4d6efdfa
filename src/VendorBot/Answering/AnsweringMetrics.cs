using System.Diagnostics.Metrics;

namespace VendorBot.Answering;

/// <summary>Answer counts by outcome and mode, and answer durations, on the <c>VendorBot</c> meter.</summary>
internal sealed class AnsweringMetrics
{
    /// <summary>The meter every VendorBot feature reports on.</summary>
    public const string MeterName = "VendorBot";

    /// <summary>Counter of answers given, tagged with <c>outcome</c> and <c>mode</c>.</summary>
    public const string AnswersName = "vendorbot.answers";

    /// <summary>Histogram of answer durations in milliseconds, tagged with <c>mode</c>.</summary>
    public const string DurationName = "vendorbot.answer.duration";

    private readonly Counter<long> _answers;
    private readonly Histogram<double> _duration;

    /// <summary>Creates the instruments on the <see cref="MeterName"/> meter.</summary>
    public AnsweringMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _answers = meter.CreateCounter<long>(AnswersName, description: "Answers given, by outcome and mode");
        _duration = meter.CreateHistogram<double>(DurationName, unit: "ms", description: "Time to answer, retrieval and composition");
    }

    /// <summary>Records one answer.</summary>
    public void Record(AnswerResult answer)
    {
        var mode = new KeyValuePair<string, object?>("mode", answer.Mode.ToString());
        _answers.Add(1, new KeyValuePair<string, object?>("outcome", answer.Outcome.ToString()), mode);
        _duration.Record((answer.Timings.Retrieval + answer.Timings.Composition).TotalMilliseconds, mode);
    }
}
