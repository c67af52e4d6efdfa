using System.Diagnostics.Metrics;

namespace VendorBot.Discord.Rest;

/// <summary>The REST client's instruments on the <c>VendorBot.Discord</c> meter. Tags are route templates, never ids or tokens.</summary>
internal sealed class RestMetrics
{
    /// <summary>The meter name shared by the Discord client.</summary>
    public const string MeterName = "VendorBot.Discord";

    private readonly Counter<long> _responses;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _retries;
    private readonly Histogram<double> _duration;
    private readonly Histogram<double> _bucketWait;

    public RestMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _responses = meter.CreateCounter<long>("vendorbot.discord.rest.responses", "{response}", "HTTP attempts by route and outcome (status code, timeout or network).");
        _rateLimited = meter.CreateCounter<long>("vendorbot.discord.rest.rate_limited", "{response}", "429 answers by route and scope (user, shared, global).");
        _retries = meter.CreateCounter<long>("vendorbot.discord.rest.retries", "{retry}", "Retries of idempotent calls after a 5xx or a transport failure.");
        _duration = meter.CreateHistogram<double>("vendorbot.discord.rest.duration", "ms", "Time of one HTTP attempt.");
        _bucketWait = meter.CreateHistogram<double>("vendorbot.discord.rest.bucket_wait", "ms", "Pre-emptive waits for an exhausted bucket.");
    }

    public void Answered(string route, string outcome, TimeSpan elapsed)
    {
        var routeTag = new KeyValuePair<string, object?>("route", route);
        _responses.Add(1, routeTag, new KeyValuePair<string, object?>("outcome", outcome));
        _duration.Record(elapsed.TotalMilliseconds, routeTag);
    }

    public void RateLimited(string route, string scope) =>
        _rateLimited.Add(1, new KeyValuePair<string, object?>("route", route), new KeyValuePair<string, object?>("scope", scope));

    public void Retried(string route) => _retries.Add(1, new KeyValuePair<string, object?>("route", route));

    public void WaitedForBucket(string route, TimeSpan wait) =>
        _bucketWait.Record(wait.TotalMilliseconds, new KeyValuePair<string, object?>("route", route));
}
