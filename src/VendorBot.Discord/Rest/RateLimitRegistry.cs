using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace VendorBot.Discord.Rest;

/// <summary>
/// The rate-limit state of the process: buckets keyed by (bucket id, major parameter), the route → bucket id map
/// learned from <c>X-RateLimit-Bucket</c>, and the global limiter. Until a route's bucket id is known, the route
/// itself stands in for it.
/// </summary>
internal sealed class RateLimitRegistry(TimeProvider time, IOptions<DiscordRestOptions> options)
{
    private readonly ConcurrentDictionary<string, string> _bucketIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);

    public GlobalRateLimiter Global { get; } =
        new(time, options.Value.GlobalRequestsPerSecond, DiscordRestConstants.GlobalWindow);

    /// <summary>The bucket the next request on <paramref name="route"/> must go through.</summary>
    public RateLimitBucket BucketFor(RestRoute route)
    {
        var bucketId = _bucketIds.TryGetValue(route.Name, out var learned) ? learned : "route:" + route.Name;
        return _buckets.GetOrAdd(bucketId + "|" + route.MajorParameter, static _ => new RateLimitBucket());
    }

    /// <summary>Records a response: updates the bucket used and, when a bucket id is learned, the bucket it names.</summary>
    public void Record(RestRoute route, RateLimitBucket used, RateLimitHeaders headers, DateTimeOffset now)
    {
        used.Update(headers, now);
        if (headers.Bucket is { Length: > 0 } bucketId)
        {
            _bucketIds[route.Name] = bucketId;
            var learned = BucketFor(route);
            if (!ReferenceEquals(learned, used))
            {
                learned.Update(headers, now);
            }
        }
    }

    /// <summary>After a route or shared 429: nothing more goes to this route's bucket until <paramref name="until"/>.</summary>
    public void Exhaust(RestRoute route, RateLimitBucket used, DateTimeOffset until)
    {
        used.Exhaust(until);
        BucketFor(route).Exhaust(until);
    }
}
