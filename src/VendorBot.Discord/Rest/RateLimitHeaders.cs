using System.Globalization;
using System.Net.Http.Headers;

namespace VendorBot.Discord.Rest;

/// <summary>The X-RateLimit-* facts of one response; each is null when the header is absent or malformed.</summary>
internal readonly record struct RateLimitHeaders(
    int? Limit,
    int? Remaining,
    TimeSpan? ResetAfter,
    string? Bucket,
    string? Scope,
    bool Global,
    TimeSpan? RetryAfter)
{
    public static RateLimitHeaders From(HttpResponseHeaders headers) => new(
        ParseInt(headers, DiscordRestConstants.LimitHeader),
        ParseInt(headers, DiscordRestConstants.RemainingHeader),
        ParseSeconds(headers, DiscordRestConstants.ResetAfterHeader),
        First(headers, DiscordRestConstants.BucketHeader),
        First(headers, DiscordRestConstants.ScopeHeader),
        string.Equals(First(headers, DiscordRestConstants.GlobalHeader), "true", StringComparison.OrdinalIgnoreCase),
        ParseSeconds(headers, "Retry-After"));

    private static string? First(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static int? ParseInt(HttpResponseHeaders headers, string name) =>
        int.TryParse(First(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static TimeSpan? ParseSeconds(HttpResponseHeaders headers, string name) =>
        double.TryParse(First(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && double.IsFinite(seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
