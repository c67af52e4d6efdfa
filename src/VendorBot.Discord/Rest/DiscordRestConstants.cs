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
