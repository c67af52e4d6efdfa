using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VendorBot.Discord.Fakes.Rest;

/// <summary>A scripted answer for one request. Build it with the factory methods.</summary>
/// <param name="Status">The HTTP status; 0 means "answer as the fake normally would" (used with <see cref="Delay"/>).</param>
/// <param name="Body">The JSON body ("" for none).</param>
/// <param name="Headers">Extra response headers.</param>
/// <param name="Delay">How long to wait before answering.</param>
public sealed record FakeRestReply(int Status, string Body, IReadOnlyDictionary<string, string> Headers, TimeSpan Delay)
{
    /// <summary>A 429 with Discord's body and headers. <paramref name="scope"/>: "user", "global" or "shared".</summary>
    public static FakeRestReply TooManyRequests(TimeSpan retryAfter, string scope = "user")
    {
        var global = scope == "global";
        var seconds = retryAfter.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        var body = new JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = retryAfter.TotalSeconds,
            ["global"] = global,
        };
        if (scope == "shared")
        {
            body["code"] = 0;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Retry-After"] = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Scope"] = scope,
        };
        if (global)
        {
            headers["X-RateLimit-Global"] = "true";
        }
        else
        {
            headers["X-RateLimit-Remaining"] = "0";
            headers["X-RateLimit-Reset-After"] = seconds;
        }

        return new FakeRestReply(429, body.ToJsonString(), headers, TimeSpan.Zero);
    }

    /// <summary>A server error (500 by default) with a small JSON body.</summary>
    public static FakeRestReply ServerError(int status = 500) =>
        new(status, JsonSerializer.Serialize(new Dictionary<string, object> { ["message"] = "Internal Server Error", ["code"] = 0 }), Empty, TimeSpan.Zero);

    /// <summary>Discord's error JSON, e.g. (404, 10062, "Unknown interaction") or (403, 50013, "Missing Permissions").</summary>
    public static FakeRestReply DiscordError(int status, int code, string message) =>
        new(status, new JsonObject { ["code"] = code, ["message"] = message }.ToJsonString(), Empty, TimeSpan.Zero);

    /// <summary>The normal answer, after <paramref name="delay"/>.</summary>
    public static FakeRestReply Slow(TimeSpan delay) => new(0, "", Empty, delay);

    /// <summary>Any status with a JSON body.</summary>
    public static FakeRestReply Json(int status, string body) => new(status, body, Empty, TimeSpan.Zero);

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();
}
