using System.Diagnostics.Metrics;
using VendorBot.Answering;

namespace VendorBot.Bot;

/// <summary>
/// The bot's instruments on the <c>VendorBot</c> meter: questions, answers by mode, refusals, latencies, rate-limited
/// replies, gateway reconnects and REST 429s. The Discord client counts 429s on its own <c>VendorBot.Discord</c> meter;
/// a <see cref="MeterListener"/> limited to this host's meter factory copies them to <c>vendorbot.rest.rate_limited</c>.
/// </summary>
internal sealed class BotMetrics : IDisposable
{
    /// <summary>The meter name shared by every VendorBot instrument.</summary>
    public const string MeterName = "VendorBot";

    /// <summary>REST 429 answers, by route and scope, copied from the Discord client's meter.</summary>
    public const string RestRateLimitedName = "vendorbot.rest.rate_limited";

    /// <summary>The Discord client's meter and its 429 counter (VendorBot.Discord's RestMetrics).</summary>
    private const string DiscordMeterName = "VendorBot.Discord";
    private const string DiscordRateLimitedName = "vendorbot.discord.rest.rate_limited";

    private readonly MeterListener _discordListener;
    private readonly Counter<long> _restRateLimited;

    private readonly Counter<long> _questions;
    private readonly Counter<long> _answers;
    private readonly Counter<long> _refusals;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _failures;
    private readonly Counter<long> _gatewayReconnects;
    private readonly Histogram<double> _retrieval;
    private readonly Histogram<double> _composition;
    private readonly Histogram<double> _total;

    /// <summary>Creates the instruments on the meter from <paramref name="meterFactory"/>.</summary>
    public BotMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _questions = meter.CreateCounter<long>("vendorbot.questions", description: "Questions received, by source.");
        _answers = meter.CreateCounter<long>("vendorbot.answers", description: "Answers posted, by mode and outcome.");
        _refusals = meter.CreateCounter<long>("vendorbot.refusals", description: "Answers that said the sources do not cover the question, or refused the question.");
        _rateLimited = meter.CreateCounter<long>("vendorbot.rate_limited_replies", description: "Questions refused by flood control.");
        _failures = meter.CreateCounter<long>("vendorbot.failures", description: "Questions answered with an apology and an error id.");
        _gatewayReconnects = meter.CreateCounter<long>("vendorbot.gateway.reconnects", description: "Gateway sessions resumed or re-identified.");
        _retrieval = meter.CreateHistogram<double>("vendorbot.retrieval.duration", "ms", "Time spent searching and checking relevance.");
        _composition = meter.CreateHistogram<double>("vendorbot.composition.duration", "ms", "Time spent composing an answer.");
        _total = meter.CreateHistogram<double>("vendorbot.total.duration", "ms", "From the question arriving to the answer posted.");
        _restRateLimited = meter.CreateCounter<long>(RestRateLimitedName, "{response}", "Discord REST 429 answers, by route and scope (user, shared, global).");
        _discordListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, meterFactory) && instrument.Meter.Name == DiscordMeterName && instrument.Name == DiscordRateLimitedName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _discordListener.SetMeasurementEventCallback<long>((_, value, tags, _) => _restRateLimited.Add(value, tags));
        _discordListener.Start();
    }

    /// <summary>Counts a question from <paramref name="source"/> (mention, reply, thread, dm, ask).</summary>
    public void Question(string source) => _questions.Add(1, new KeyValuePair<string, object?>("source", source));

    /// <summary>Records a posted answer and its timings.</summary>
    public void Answered(AnswerResult answer, TimeSpan total)
    {
        var mode = new KeyValuePair<string, object?>("mode", answer.Mode.ToString().ToLowerInvariant());
        _answers.Add(1, mode, new KeyValuePair<string, object?>("outcome", answer.Outcome.ToString().ToLowerInvariant()));
        if (answer.Outcome != AnswerOutcome.Answered)
        {
            _refusals.Add(1, new KeyValuePair<string, object?>("outcome", answer.Outcome.ToString().ToLowerInvariant()));
        }

        _retrieval.Record(answer.Timings.Retrieval.TotalMilliseconds, mode);
        _composition.Record(answer.Timings.Composition.TotalMilliseconds, mode);
        _total.Record(total.TotalMilliseconds, mode);
    }

    /// <summary>Counts a question refused by flood control.</summary>
    public void RateLimited(string scope) => _rateLimited.Add(1, new KeyValuePair<string, object?>("scope", scope));

    /// <summary>Counts a question that ended in an apology.</summary>
    public void Failed() => _failures.Add(1);

    /// <summary>Counts a gateway reconnect.</summary>
    public void GatewayReconnected() => _gatewayReconnects.Add(1);

    /// <summary>Stops copying the Discord client's 429 counts.</summary>
    public void Dispose() => _discordListener.Dispose();
}
