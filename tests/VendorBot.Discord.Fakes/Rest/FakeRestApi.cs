using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using VendorBot.Discord.Fakes.Validation;

namespace VendorBot.Discord.Fakes.Rest;

/// <summary>
/// The REST half of the fake Discord: records every request (method, path, headers, body, time), answers the
/// routes VendorBot uses with realistic JSON and X-RateLimit-* headers, and can be scripted per test (429 with
/// route/global/shared scope, 5xx, Discord error JSON, Cloudflare's HTML 429, slow answers, simulated buckets).
/// Every request is checked against Discord's OpenAPI spec and the docs' rules (<see cref="DiscordRequestRules"/>):
/// each violation is recorded in <see cref="Violations"/> and the server fails on dispose while any remain;
/// a request Discord would refuse is answered as Discord would (400 Invalid Form Body, 404).
/// </summary>
public sealed class FakeRestApi
{
    /// <summary>Recorded status of a request whose client hung up before the (slow) answer.</summary>
    public const int ClientClosedRequest = 499;

    /// <summary>Requests per second of the generous bucket unconfigured routes report in their headers.</summary>
    public const int DefaultBucketLimit = 1000;

    private readonly Lock _lock = new();
    private readonly List<RecordedRestRequest> _requests = [];
    private readonly List<(string Method, string Pattern, Queue<FakeRestReply> Replies)> _scripts = [];
    private readonly List<(string Method, string Pattern, FakeRestBucket Bucket)> _buckets = [];
    private readonly Dictionary<string, FakeRestBucket> _defaultBuckets = new(StringComparer.Ordinal);
    private readonly List<FakeViolation> _violations = [];
    private readonly Dictionary<string, int> _interactionTypes = new(StringComparer.Ordinal);
    private readonly FakeRestRoutes _routes;

    internal FakeRestApi(Func<Uri> baseAddress) => _routes = new FakeRestRoutes(baseAddress);

    /// <summary>The bot token the fake accepts (<c>Authorization: Bot {token}</c>); null accepts any non-empty one.</summary>
    public string? ExpectedToken { get; set; }

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRestRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Everything received so far that Discord's spec or docs forbid.</summary>
    public IReadOnlyList<FakeViolation> Violations
    {
        get
        {
            lock (_lock)
            {
                return [.. _violations];
            }
        }
    }

    /// <summary>Returns the violations so far and forgets them: for a test that provokes one on purpose.</summary>
    public IReadOnlyList<FakeViolation> TakeViolations()
    {
        lock (_lock)
        {
            var taken = _violations.ToList();
            _violations.Clear();
            return taken;
        }
    }

    /// <summary>Interaction and webhook state, and the registered commands.</summary>
    internal FakeRestRoutes Routes => _routes;

    /// <summary>
    /// Answers the next requests matching <paramref name="method"/> and <paramref name="pattern"/> (a path after
    /// <c>/api/v10/</c> where <c>*</c> matches one segment, e.g. <c>channels/*/messages</c>) with
    /// <paramref name="replies"/>, one each, in order; later requests get the normal answer.
    /// </summary>
    public void Script(string method, string pattern, params FakeRestReply[] replies)
    {
        lock (_lock)
        {
            _scripts.Add((method, pattern, new Queue<FakeRestReply>(replies)));
        }
    }

    /// <summary>Simulates a bucket on the matching route (per major parameter) and returns it for its violation count.</summary>
    public FakeRestBucket ConfigureBucket(string method, string pattern, string bucketId, int limit, TimeSpan resetAfter)
    {
        var bucket = new FakeRestBucket(bucketId, limit, resetAfter);
        lock (_lock)
        {
            _buckets.Insert(0, (method, pattern, bucket));
        }

        return bucket;
    }

    /// <summary>The requests matching a method and pattern, in arrival order.</summary>
    public IReadOnlyList<RecordedRestRequest> RequestsTo(string method, string pattern) =>
        Requests.Where(request => request.Method == method && FakeRestPath.Matches(pattern, request.Path)).ToList();

    /// <summary>Handles one request under <c>/api/v10/</c>.</summary>
    internal async Task HandleAsync(HttpContext context, string path)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var receivedAt = TimeProvider.System.GetUtcNow();
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);

        var violations = Validate(request.Method, path, headers, body);

        Dictionary<string, string> rateHeaders = [];
        var reply = Refusal(violations) ?? Decide(request.Method, path, headers, body, receivedAt, out rateHeaders);
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up (its timeout); record it with nginx's "client closed request" status.
                Record(new RecordedRestRequest(request.Method, path, headers, body, receivedAt, ClientClosedRequest));
                return;
            }
        }

        if (reply.Status == 0)
        {
            reply = Answer(request.Method, path, headers, body);
        }

        Record(new RecordedRestRequest(request.Method, path, headers, body, receivedAt, reply.Status));

        context.Response.StatusCode = reply.Status;
        foreach (var (name, value) in rateHeaders.Concat(reply.Headers))
        {
            context.Response.Headers[name] = value;
        }

        if (reply.Body.Length > 0)
        {
            context.Response.ContentType = reply.ContentType;
            await context.Response.WriteAsync(reply.Body, context.RequestAborted);
        }
    }

    /// <summary>
    /// Notes an INTERACTION_CREATE, so its callback can be checked against its type. The fake gateway calls this
    /// for every dispatch it sends; a test that drives only the REST side calls it with the event it pretends was sent.
    /// </summary>
    public void ObserveDispatch(string eventName, string dataJson)
    {
        if (eventName != "INTERACTION_CREATE")
        {
            return;
        }

        using var document = JsonDocument.Parse(dataJson);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            && root.TryGetProperty("type", out var type) && type.TryGetInt32(out var interactionType))
        {
            lock (_lock)
            {
                _interactionTypes[id.GetString()!] = interactionType;
            }
        }
    }

    /// <summary>Checks one request against the spec and the docs and records its violations (also used for <c>/gateway/bot</c>).</summary>
    internal List<FakeViolation> Validate(string method, string path, IReadOnlyDictionary<string, string> headers, string body)
    {
        var violations = DiscordRequestRules.Check(DiscordOpenApi.Shared, method, path, headers, body, InteractionType);
        if (violations.Count > 0)
        {
            lock (_lock)
            {
                _violations.AddRange(violations);
            }
        }

        return violations;
    }

    private int? InteractionType(string interactionId)
    {
        lock (_lock)
        {
            return _interactionTypes.TryGetValue(interactionId, out var type) ? type : null;
        }
    }

    // What Discord itself answers to a request it refuses; violations it accepts (shared embed URLs, headers) only count.
    private static FakeRestReply? Refusal(List<FakeViolation> violations)
    {
        if (violations.Any(violation => violation.Rule == "route"))
        {
            return FakeRestReply.DiscordError(404, 0, "404: Not Found");
        }

        var refused = violations.Where(violation => violation.Rule is "schema" or "json" or "empty-message" or "custom-id" or "allowed-mentions" or "callback-type" or "autocomplete").ToList();
        if (refused.Count == 0)
        {
            return null;
        }

        var errors = new JsonObject
        {
            ["_errors"] = new JsonArray([.. refused.Select(violation => (JsonNode)new JsonObject
            {
                ["code"] = violation.Rule.ToUpperInvariant().Replace('-', '_'),
                ["message"] = violation.Detail,
            })]),
        };
        return FakeRestReply.DiscordError(400, 50035, "Invalid Form Body", errors);
    }

    private void Record(RecordedRestRequest recorded)
    {
        lock (_lock)
        {
            _requests.Add(recorded);
        }
    }

    private FakeRestReply Decide(
        string method, string path, Dictionary<string, string> headers, string body, DateTimeOffset now, out Dictionary<string, string> rateHeaders)
    {
        rateHeaders = [];
        lock (_lock)
        {
            foreach (var (scriptMethod, pattern, replies) in _scripts)
            {
                if (replies.Count > 0 && scriptMethod == method && FakeRestPath.Matches(pattern, path))
                {
                    return replies.Dequeue();
                }
            }

            foreach (var (bucketMethod, pattern, bucket) in _buckets)
            {
                if (bucketMethod == method && FakeRestPath.Matches(pattern, path))
                {
                    var (allowed, bucketHeaders) = bucket.Take(FakeRestPath.MajorParameter(path), now);
                    rateHeaders = bucketHeaders;
                    if (!allowed)
                    {
                        var retryAfter = TimeSpan.FromSeconds(double.Parse(bucketHeaders["X-RateLimit-Reset-After"], CultureInfo.InvariantCulture));
                        return FakeRestReply.TooManyRequests(retryAfter) with { Headers = new Dictionary<string, string>() };
                    }

                    return FakeRestReply.Slow(TimeSpan.Zero);
                }
            }

            // Unconfigured routes still carry realistic headers, from a generous bucket per route.
            var template = method + " " + FakeRestPath.Template(path);
            if (!_defaultBuckets.TryGetValue(template, out var defaultBucket))
            {
                defaultBucket = new FakeRestBucket(BucketIdFor(template), DefaultBucketLimit, TimeSpan.FromSeconds(1));
                _defaultBuckets[template] = defaultBucket;
            }

            rateHeaders = defaultBucket.Take(FakeRestPath.MajorParameter(path), now).Headers;
        }

        return FakeRestReply.Slow(TimeSpan.Zero);
    }

    // Discord's bucket ids are opaque hashes; derive a stable one from the route.
    private static string BucketIdFor(string template) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(template)))[..16].ToLowerInvariant();

    private FakeRestReply Answer(string method, string path, Dictionary<string, string> headers, string body)
    {
        if (FakeRestPath.RequiresAuthorization(path)
            && (!headers.TryGetValue("Authorization", out var authorization)
                || !authorization.StartsWith("Bot ", StringComparison.Ordinal)
                || authorization.Length <= 4
                || (ExpectedToken is not null && authorization != "Bot " + ExpectedToken)))
        {
            return FakeRestReply.DiscordError(401, 0, "401: Unauthorized");
        }

        lock (_lock)
        {
            return _routes.Answer(method, path, body);
        }
    }
}
