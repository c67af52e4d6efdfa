namespace VendorBot.Bench.Bot;

/// <summary>What one <c>bot</c> run measured for one answering variant.</summary>
/// <param name="Model">The variant: <c>extractive</c> or <c>fake</c> (zero-latency model).</param>
/// <param name="Questions">Questions sent.</param>
/// <param name="Answered">Questions that got a reply.</param>
/// <param name="Duplicated">Questions that got more than one reply.</param>
/// <param name="FirstReplyMs">Per question: dispatch pushed → first reply received by the fake (ms).</param>
/// <param name="FinalAnswerMs">Per answer: the bot's <c>vendorbot.total.duration</c> (question received → final answer posted, ms).</param>
/// <param name="RssBytes">Process working set at the end of the run.</param>
internal sealed record BotRunResult(
    string Model, int Questions, int Answered, int Duplicated, IReadOnlyList<double> FirstReplyMs, IReadOnlyList<double> FinalAnswerMs, long RssBytes)
{
    /// <summary>Where the state lived: <c>sqlite</c> or <c>postgres</c>.</summary>
    public string State { get; init; } = "sqlite";

    /// <summary>Bot hosts (shards) sharing the state.</summary>
    public int Hosts { get; init; } = 1;

    /// <summary>Questions answered per second, from the first question sent to the last reply received.</summary>
    public double AnswersPerSecond { get; init; }

    /// <summary>True when every question got exactly one reply.</summary>
    public bool ExactlyOnce => Answered == Questions && Duplicated == 0;
}
