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
    /// <summary>The body's media type. <value>Default application/json.</value></summary>
    public string ContentType { get; init; } = "application/json";

    /// <summary>A 429 with Discord's body and headers. <paramref name="scope"/>: "user", "global" or "shared".</summary>
    public static FakeRestReply TooManyRequests(TimeSpan retryAfter, string scope = "user")
    {
        var global = scope == "global";
        var seconds = retryAfter.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        // Discord writes retry_after as a float in seconds (e.g. 64.57), never as a bare integer.
        var body = string.Create(CultureInfo.InvariantCulture,
            $"{{\"message\": \"You are being rate limited.\", \"retry_after\": {retryAfter.TotalSeconds:0.0##}, \"global\": {(global ? "true" : "false")}{(scope == "shared" ? ", \"code\": 0" : "")}}}");

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

        return new FakeRestReply(429, body, headers, TimeSpan.Zero);
    }

    /// <summary>A server error (500 by default) with a small JSON body.</summary>
    public static FakeRestReply ServerError(int status = 500) =>
        new(status, JsonSerializer.Serialize(new Dictionary<string, object> { ["message"] = "Internal Server Error", ["code"] = 0 }), Empty, TimeSpan.Zero);

    /// <summary>
    /// Discord's error JSON <c>{code, message, errors?}</c>, e.g. (404, 10062, "Unknown interaction"),
    /// (403, 50013, "Missing Permissions"), (403, 40333, "internal network error") or (400, 50035, "Invalid Form Body", errors).
    /// </summary>
    public static FakeRestReply DiscordError(int status, int code, string message, JsonNode? errors = null)
    {
        var body = new JsonObject { ["message"] = message, ["code"] = code };
        if (errors is not null)
        {
            body["errors"] = errors.DeepClone();
        }

        return new(status, body.ToJsonString(), Empty, TimeSpan.Zero);
    }

    /// <summary>
    /// Cloudflare's ban page: a 429 in HTML, no JSON and no X-RateLimit headers, as Discord's edge answers an IP
    /// that sent too many invalid requests; <c>Retry-After</c> (whole seconds) only when <paramref name="retryAfter"/> is given.
    /// </summary>
    public static FakeRestReply CloudflareBan(TimeSpan? retryAfter = null)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Server"] = "cloudflare", ["CF-RAY"] = "8f0c0ffee0000000-FRA" };
        if (retryAfter is { } wait)
        {
            headers["Retry-After"] = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        const string Page = "<!DOCTYPE html>\n<html><head><title>Access denied | discord.com used Cloudflare to restrict access</title></head>" +
            "<body><h1>Error 1015</h1><h2>You are being rate limited</h2><p>The owner of this website (discord.com) has banned you temporarily from accessing this website.</p></body></html>";
        return new FakeRestReply(429, Page, headers, TimeSpan.Zero) { ContentType = "text/html; charset=UTF-8" };
    }

    /// <summary>The normal answer, after <paramref name="delay"/>.</summary>
    public static FakeRestReply Slow(TimeSpan delay) => new(0, "", Empty, delay);

    /// <summary>Any status with a JSON body.</summary>
    public static FakeRestReply Json(int status, string body) => new(status, body, Empty, TimeSpan.Zero);

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();
}
