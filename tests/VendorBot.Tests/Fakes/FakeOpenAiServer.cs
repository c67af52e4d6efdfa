using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace VendorBot.Tests.Fakes;

/// <summary>
/// An OpenAI-compatible server on 127.0.0.1 (port 0) implementing <c>POST /v1/chat/completions</c>, whole or streamed
/// as server-sent events. Each test scripts the replies by request number and reads back what was asked.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly SemaphoreSlim _received = new(0);
    private Func<int, FakeReply> _script = _ => FakeReply.Text("The sources say so [1].");
    private Func<string, FakeReply>? _responder;
    private int _count;

    private FakeOpenAiServer(WebApplication app)
    {
        _app = app;
        _app.MapPost("/v1/chat/completions", HandleAsync);
    }

    /// <summary>The base URL clients use, ending in <c>/v1</c> (Kestrel always provides the addresses feature once started).</summary>
    public Uri Endpoint => new(LoopbackWebApp.Address(_app) + "/v1");

    /// <summary>Bodies of the requests received, in order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var server = new FakeOpenAiServer(LoopbackWebApp.Build());
        await server._app.StartAsync();
        return server;
    }

    /// <summary>Replies to request <c>n</c> (0-based) with <paramref name="script"/>(n).</summary>
    public void Script(Func<int, FakeReply> script) => (_script, _responder) = (script, null);

    /// <summary>Replies to every request with <paramref name="reply"/>.</summary>
    public void ReplyAlways(FakeReply reply) => (_script, _responder) = (_ => reply, null);

    /// <summary>
    /// Replies to each request with <paramref name="reply"/> of the text of its messages (as <see cref="MessagesOf"/>
    /// gives it): a fake model that reads the numbered sources it was sent, so its citations can point at them.
    /// </summary>
    public void ReplyFromMessages(Func<string, FakeReply> reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        _responder = body => reply(MessagesText(body));
    }

    /// <summary>Completes when a request has arrived (one per call).</summary>
    public Task WaitForRequestAsync() => _received.WaitAsync(TimeSpan.FromSeconds(10));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _received.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        _requests.Enqueue(body);
        var number = Interlocked.Increment(ref _count) - 1;
        var reply = _responder is { } responder ? responder(body) : _script(number);
        _received.Release();
        if (reply.Hang)
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        if (reply.Status is { } status)
        {
            context.Response.StatusCode = (int)status;
            await context.Response.WriteAsJsonAsync(new { error = new { message = "scripted failure", type = "server_error" } });
            return;
        }

        var streaming = JsonNode.Parse(body)?["stream"]?.GetValue<bool>() == true;
        if (streaming)
        {
            await StreamAsync(context, reply.Content ?? string.Empty);
        }
        else
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Completion(reply.Content ?? string.Empty));
        }
    }

    private static async Task StreamAsync(HttpContext context, string content)
    {
        context.Response.ContentType = "text/event-stream";
        var words = content.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var piece = i == 0 ? words[i] : " " + words[i];
            await context.Response.WriteAsync("data: " + Chunk(new JsonObject { ["role"] = "assistant", ["content"] = piece }, null) + "\n\n");
            await context.Response.Body.FlushAsync();
        }

        await context.Response.WriteAsync("data: " + Chunk(new JsonObject(), "stop") + "\n\ndata: [DONE]\n\n");
    }

    private static string Chunk(JsonObject delta, string? finishReason) => new JsonObject
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion.chunk",
        ["created"] = 1_700_000_000,
        ["model"] = "fake-model",
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finishReason }),
    }.ToJsonString();

    private static string Completion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-fake",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "fake-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
    });

    /// <summary>The text of every message the model received in request <paramref name="index"/>, joined.</summary>
    public string MessagesOf(int index) => MessagesText(Requests[index]);

    private static string MessagesText(string body)
    {
        var messages = JsonNode.Parse(body)?["messages"]?.AsArray() ?? [];
        var text = new StringBuilder();
        foreach (var message in messages)
        {
            text.Append(CultureInfo.InvariantCulture, $"{message?["role"]}: {message?["content"]}\n");
        }

        return text.ToString();
    }
}
