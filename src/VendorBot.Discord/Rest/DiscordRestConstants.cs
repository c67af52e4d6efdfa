namespace VendorBot.Discord.Rest;

/// <summary>Protocol constants of the REST client.</summary>
public static class DiscordRestConstants
{
    /// <summary>The named <see cref="System.Net.Http.HttpClient"/> the client takes from IHttpClientFactory.</summary>
    public const string HttpClientName = "VendorBot.Discord.Rest";

    /// <summary>The User-Agent Discord requires: <c>DiscordBot ($url, $version)</c>.</summary>
    public const string UserAgent = "DiscordBot (https://github.com/vendorbot/vendorbot, 1.0.0)";

    /// <summary>Discord's global limit: 50 authorised requests per second per bot.</summary>
    public const int GlobalRequestsPerSecond = 50;

    /// <summary>The window of the global limit.</summary>
    public static readonly TimeSpan GlobalWindow = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Added to every rate-limit wait: timers round to whole milliseconds and may fire a tick early, and a request
    /// that arrives a hair before the reset is a 429 that counts against the invalid-request limit.
    /// </summary>
    public static readonly TimeSpan ResetMargin = TimeSpan.FromMilliseconds(5);

    /// <summary>A bucket unused this long, with its window over and nobody waiting, is forgotten.</summary>
    public static readonly TimeSpan BucketIdleLifetime = TimeSpan.FromMinutes(10);

    /// <summary>Discord's invalid-request window: 10,000 responses of 401, 403 or 429 in it get the IP banned by Cloudflare.</summary>
    public static readonly TimeSpan InvalidRequestWindow = TimeSpan.FromMinutes(10);

    /// <summary>Discord's invalid-request limit per <see cref="InvalidRequestWindow"/>.</summary>
    public const int InvalidRequestLimit = 10_000;

    /// <summary>From this many invalid responses in the window on, every request is paced (a quarter of the limit).</summary>
    public const int InvalidRequestSlowDownAt = 2_500;

    /// <summary>At this many invalid responses in the window nothing more is sent until older ones leave it.</summary>
    public const int InvalidRequestStopAt = 9_000;

    /// <summary>
    /// How long all REST pauses after a 429 without JSON or rate-limit headers (a Cloudflare ban) that gives no
    /// <c>Retry-After</c>.
    /// </summary>
    public static readonly TimeSpan CloudflareBanPause = TimeSpan.FromMinutes(1);

    /// <summary>The 5xx statuses worth retrying (the server may succeed next time).</summary>
    public static readonly IReadOnlySet<int> RetryableStatuses = new HashSet<int> { 500, 502, 503, 504 };

    /// <summary>Header: requests allowed per window in the bucket.</summary>
    public const string LimitHeader = "X-RateLimit-Limit";

    /// <summary>Header: requests left in the bucket's window.</summary>
    public const string RemainingHeader = "X-RateLimit-Remaining";

    /// <summary>Header: seconds (fractional) until the bucket resets.</summary>
    public const string ResetAfterHeader = "X-RateLimit-Reset-After";

    /// <summary>Header: the opaque bucket id.</summary>
    public const string BucketHeader = "X-RateLimit-Bucket";

    /// <summary>Header on 429: <c>user</c>, <c>global</c> or <c>shared</c>.</summary>
    public const string ScopeHeader = "X-RateLimit-Scope";

    /// <summary>Header on a global 429: <c>true</c>.</summary>
    public const string GlobalHeader = "X-RateLimit-Global";
}
