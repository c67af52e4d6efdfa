using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Discord.Fakes.Rest;

namespace VendorBot.Discord.Tests.Rest;

/// <summary>
/// Discord's REST API in memory, on fake time: simulated buckets (per route pattern and major parameter), scripted
/// replies, and a record of every request with the fake time it arrived. Rate-limit tests run on it so a loaded
/// machine cannot change what they see. Answers are raw JSON in the docs' shapes.
/// </summary>
internal sealed class SimulatedDiscord(FakeTimeProvider time) : HttpMessageHandler
{
    private readonly Lock _lock = new();
    private readonly List<SimulatedRequest> _requests = [];
    private readonly List<(string Method, string Pattern, Queue<SimulatedReply> Replies)> _scripts = [];
    private readonly List<(string Method, string Pattern, FakeRestBucket Bucket)> _buckets = [];
    private readonly List<(string Method, string Pattern, TaskCompletionSource Release)> _holds = [];
    private long _nextId = 5000;
    private int _arrived;

    /// <summary>Requests that reached the simulation, including those still held.</summary>
    public int Arrived => Volatile.Read(ref _arrived);

    public IReadOnlyList<SimulatedRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    public IReadOnlyList<SimulatedRequest> RequestsTo(string method, string pattern) =>
        [.. Requests.Where(request => request.Method == method && Matches(pattern, request.Path))];

    /// <summary>The next requests matching the pattern (<c>*</c> = one segment) get these replies, in order.</summary>
    public void Script(string method, string pattern, params SimulatedReply[] replies)
    {
        lock (_lock)
        {
            _scripts.Add((method, pattern, new Queue<SimulatedReply>(replies)));
        }
    }

    public FakeRestBucket ConfigureBucket(string method, string pattern, string id, int limit, TimeSpan resetAfter)
    {
        var bucket = new FakeRestBucket(id, limit, resetAfter);
        lock (_lock)
        {
            _buckets.Add((method, pattern, bucket));
        }

        return bucket;
    }

    /// <summary>The next request matching the pattern is answered only when the returned source is completed.</summary>
    public TaskCompletionSource Hold(string method, string pattern)
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _holds.Add((method, pattern, release));
        }

        return release;
    }

    /// <summary>Advances fake time in small steps until <paramref name="work"/> completes (bounded).</summary>
    public async Task DriveAsync(Task work, TimeSpan? step = null)
    {
        for (var i = 0; i < 5_000 && !work.IsCompleted; i++)
        {
            await Task.Delay(1, TestContext.Current.CancellationToken);
            time.Advance(step ?? TimeSpan.FromMilliseconds(5));
        }

        await work.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.Method.Method;
        var path = request.RequestUri!.AbsolutePath[(request.RequestUri.AbsolutePath.IndexOf("/api/v10/", StringComparison.Ordinal) + "/api/v10/".Length)..];
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(header => header.Key, header => string.Join(header.Key == "User-Agent" ? " " : ",", header.Value), StringComparer.OrdinalIgnoreCase);
        var arrivedAt = time.GetUtcNow();
        Interlocked.Increment(ref _arrived);

        Task? hold;
        lock (_lock)
        {
            var index = _holds.FindIndex(entry => entry.Method == method && Matches(entry.Pattern, path));
            hold = index < 0 ? null : _holds[index].Release.Task;
            if (index >= 0)
            {
                _holds.RemoveAt(index);
            }
        }

        if (hold is not null)
        {
            await hold.WaitAsync(cancellationToken);
        }

        SimulatedReply reply;
        Dictionary<string, string> rateHeaders = [];
        lock (_lock)
        {
            reply = Decide(method, path, body, time.GetUtcNow(), rateHeaders);
            _requests.Add(new SimulatedRequest(method, path, headers, body, arrivedAt, reply.Status));
        }

        var response = new HttpResponseMessage((HttpStatusCode)reply.Status)
        {
            Content = new StringContent(reply.Body, Encoding.UTF8, reply.ContentType),
        };
        foreach (var (name, value) in rateHeaders.Concat(reply.Headers))
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    private SimulatedReply Decide(string method, string path, string body, DateTimeOffset now, Dictionary<string, string> rateHeaders)
    {
        foreach (var (scriptMethod, pattern, replies) in _scripts)
        {
            if (replies.Count > 0 && scriptMethod == method && Matches(pattern, path))
            {
                return replies.Dequeue();
            }
        }

        foreach (var (bucketMethod, pattern, bucket) in _buckets)
        {
            if (bucketMethod == method && Matches(pattern, path))
            {
                var (allowed, headers) = bucket.Take(path.Split('/')[1], now);
                foreach (var (name, value) in headers)
                {
                    rateHeaders[name] = value;
                }

                if (!allowed)
                {
                    var retryAfter = double.Parse(rateHeaders["X-RateLimit-Reset-After"], CultureInfo.InvariantCulture);
                    return SimulatedReply.TooManyRequests(TimeSpan.FromSeconds(retryAfter)) with { Headers = new Dictionary<string, string>() };
                }

                break;
            }
        }

        return Answer(method, path, body);
    }

    private SimulatedReply Answer(string method, string path, string body)
    {
        var segments = path.Split('/');
        return (method, segments) switch
        {
            ("POST", ["channels", var channel, "messages"]) => SimulatedReply.Json(200, Message(channel, body)),
            ("POST", ["channels", _, "typing"]) => SimulatedReply.NoContent,
            ("GET", ["users", "@me"]) => SimulatedReply.Json(200,
                """{"id":"900","username":"VendorBot","discriminator":"0","global_name":null,"avatar":null,"bot":true}"""),
            ("GET", ["applications", "@me"]) => SimulatedReply.Json(200, """{"id":"1000","name":"VendorBot","icon":null,"description":"","flags":0}"""),
            ("GET", ["gateway", "bot"]) => SimulatedReply.Json(200,
                """{"url":"wss://gateway.discord.gg","shards":1,"session_start_limit":{"total":1000,"remaining":999,"reset_after":14400000,"max_concurrency":1}}"""),
            ("POST", ["interactions", _, _, "callback"]) => SimulatedReply.NoContent,
            ("POST", ["webhooks", _, _]) => SimulatedReply.Json(200, Message("700", body)),
            _ => SimulatedReply.Error(404, 0, "404: Not Found"),
        };
    }

    private string Message(string channel, string body)
    {
        var content = (JsonNode.Parse(body.Length == 0 ? "{}" : body)?["content"]?.GetValue<string>()) ?? "";
        var id = Interlocked.Increment(ref _nextId);
        return $$"""
            {"id":"{{id}}","channel_id":"{{channel}}","author":{"id":"900","username":"VendorBot","discriminator":"0","global_name":null,"avatar":null,"bot":true},
             "content":{{JsonValue.Create(content).ToJsonString()}},"timestamp":"2026-01-01T00:00:00.000000+00:00","edited_timestamp":null,"tts":false,
             "mention_everyone":false,"mentions":[],"mention_roles":[],"attachments":[],"embeds":[],"pinned":false,"type":0}
            """;
    }

    private static bool Matches(string pattern, string path)
    {
        var expected = pattern.Split('/');
        var actual = path.Split('/');
        return expected.Length == actual.Length && expected.Zip(actual).All(pair => pair.First == "*" || pair.First == pair.Second);
    }
}

/// <summary>One request the simulation received, with the fake time it arrived and the status it got.</summary>
internal sealed record SimulatedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset ReceivedAt, int Status);

/// <summary>A scripted answer.</summary>
internal sealed record SimulatedReply(int Status, string Body, IReadOnlyDictionary<string, string> Headers, string ContentType = "application/json")
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public static SimulatedReply NoContent { get; } = new(204, "", None);

    public static SimulatedReply Json(int status, string body) => new(status, body, None);

    /// <summary>Discord's error JSON, e.g. (403, 50013, "Missing Permissions").</summary>
    public static SimulatedReply Error(int status, int code, string message) =>
        new(status, new JsonObject { ["message"] = message, ["code"] = code }.ToJsonString(), None);

    /// <summary>A 429 as Discord sends it: float <c>retry_after</c>, <c>global</c>, scope and rate-limit headers.</summary>
    public static SimulatedReply TooManyRequests(TimeSpan retryAfter, string scope = "user")
    {
        var global = scope == "global";
        var body = new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = retryAfter.TotalSeconds, ["global"] = global };
        if (scope == "shared")
        {
            body["code"] = 0;
        }

        var headers = new Dictionary<string, string>
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
            headers["X-RateLimit-Reset-After"] = retryAfter.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        }

        return new(429, body.ToJsonString(), headers);
    }

    /// <summary>A Cloudflare ban: HTML, no JSON, no X-RateLimit-* headers, at most a <c>Retry-After</c>.</summary>
    public static SimulatedReply CloudflareBan(TimeSpan? retryAfter) => new(
        429,
        "<!DOCTYPE html><html><head><title>Access denied | discord.com used Cloudflare to restrict access</title></head><body>Error 1015: You are being rate limited.</body></html>",
        retryAfter is { } wait ? new Dictionary<string, string> { ["Retry-After"] = wait.TotalSeconds.ToString(CultureInfo.InvariantCulture) } : None,
        "text/html");
}
