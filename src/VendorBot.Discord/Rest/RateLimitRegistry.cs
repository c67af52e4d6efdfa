using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace VendorBot.Discord.Rest;

/// <summary>
/// The rate-limit state of the process: buckets keyed by (bucket id, major parameter), the route → bucket id map
/// learned from <c>X-RateLimit-Bucket</c>, and the global limiter. Until a route's bucket id is known, the route
/// itself stands in for it. Buckets idle for <see cref="DiscordRestConstants.BucketIdleLifetime"/> are dropped, so
/// per-interaction webhook buckets do not pile up in a long-running bot.
/// </summary>
internal sealed class RateLimitRegistry(TimeProvider time, IOptions<DiscordRestOptions> options)
{
    private readonly ConcurrentDictionary<string, string> _bucketIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private DateTimeOffset _nextPrune = DateTimeOffset.MinValue;
    private DateTimeOffset _bannedUntil = DateTimeOffset.MinValue;

    public GlobalRateLimiter Global { get; } =
        new(time, options.Value.GlobalRequestsPerSecond, DiscordRestConstants.GlobalWindow);

    /// <summary>Invalid responses (401, 403, 429) of the last 10 minutes, and the pacing they call for.</summary>
    public InvalidRequestLimiter InvalidRequests { get; } = new(time);

    /// <summary>Stops every request, on every route, until <paramref name="until"/> (a Cloudflare ban).</summary>
    public void Ban(DateTimeOffset until)
    {
        lock (_lock)
        {
            if (until > _bannedUntil)
            {
                _bannedUntil = until;
            }
        }
    }

    /// <summary>How long a ban still holds every request back at <paramref name="now"/>; zero when there is none.</summary>
    public TimeSpan BanWait(DateTimeOffset now)
    {
        lock (_lock)
        {
            return _bannedUntil > now ? _bannedUntil - now : TimeSpan.Zero;
        }
    }

    /// <summary>The bucket the next request on <paramref name="route"/> must go through.</summary>
    public RateLimitBucket BucketFor(RestRoute route)
    {
        var bucketId = _bucketIds.TryGetValue(route.Name, out var learned) ? learned : "route:" + route.Name;
        var key = bucketId + "|" + route.MajorParameter;
        var now = time.GetUtcNow();
        lock (_lock)
        {
            PruneIdle(now);
            if (!_buckets.TryGetValue(key, out var bucket))
            {
                bucket = new RateLimitBucket();
                _buckets[key] = bucket;
            }

            // Touched under the lock, so a bucket just handed out is never pruned before its request uses it.
            bucket.LastUsed = now;
            return bucket;
        }
    }

    /// <summary>How many buckets are tracked (for tests).</summary>
    internal int BucketCount
    {
        get
        {
            lock (_lock)
            {
                return _buckets.Count;
            }
        }
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

    private void PruneIdle(DateTimeOffset now)
    {
        if (now < _nextPrune)
        {
            return;
        }

        _nextPrune = now + DiscordRestConstants.BucketIdleLifetime;
        foreach (var (key, bucket) in _buckets.ToList())
        {
            if (now - bucket.LastUsed >= DiscordRestConstants.BucketIdleLifetime && bucket.IsIdle(now))
            {
                _buckets.Remove(key);
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
