using System.Globalization;

namespace VendorBot.Discord.Fakes.Rest;

/// <summary>
/// A simulated rate-limit bucket: <see cref="Limit"/> requests per <see cref="ResetAfter"/> window for each major
/// parameter. A request arriving while the window is used up is answered 429 and counted as a violation.
/// </summary>
public sealed class FakeRestBucket(string id, int limit, TimeSpan resetAfter)
{
    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> _windows = new(StringComparer.Ordinal);

    /// <summary>The bucket id sent in <c>X-RateLimit-Bucket</c>.</summary>
    public string Id { get; } = id;

    /// <summary>Requests per window.</summary>
    public int Limit { get; } = limit;

    /// <summary>Window length.</summary>
    public TimeSpan ResetAfter { get; } = resetAfter;

    /// <summary>Requests that arrived while this bucket was exhausted (a correct client keeps this at zero).</summary>
    public int Violations { get; private set; }

    /// <summary>Counts a request; returns the headers to send and whether the request may proceed. Callers serialise their calls (the fake Discord holds its lock).</summary>
    public (bool Allowed, Dictionary<string, string> Headers) Take(string major, DateTimeOffset now)
    {
        if (!_windows.TryGetValue(major, out var window) || now >= window.Start + ResetAfter)
        {
            window = (now, 0);
        }

        var allowed = window.Count < Limit;
        if (allowed)
        {
            window.Count++;
        }
        else
        {
            Violations++;
        }

        _windows[major] = window;
        var resetIn = window.Start + ResetAfter - now;

        // Round up so a client that waits exactly Reset-After never arrives early.
        var resetSeconds = Math.Ceiling(Math.Max(resetIn.TotalMilliseconds, 0)) / 1000.0;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["X-RateLimit-Limit"] = Limit.ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Remaining"] = (Limit - window.Count).ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Reset-After"] = resetSeconds.ToString("0.000", CultureInfo.InvariantCulture),
            ["X-RateLimit-Reset"] = ((now + resetIn).ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture),
            ["X-RateLimit-Bucket"] = Id,
        };
        return (allowed, headers);
    }
}
