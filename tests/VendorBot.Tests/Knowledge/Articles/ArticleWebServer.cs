using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using VendorBot.Tests.Fakes;

namespace VendorBot.Tests.Knowledge.Articles;

/// <summary>A real web server on 127.0.0.1 (port 0) serving the routes a test maps; it records the requests it got.</summary>
internal sealed class ArticleWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Path, IHeaderDictionary Headers)> _requests = new();

    private ArticleWebServer(WebApplication app)
    {
        _app = app;
        _app.Run(async context =>
        {
            _requests.Enqueue((context.Request.Path.Value ?? "/", new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value))));
            if (_routes.TryGetValue(context.Request.Path.Value ?? "/", out var handler))
            {
                await handler(context);
            }
            else
            {
                context.Response.StatusCode = 404;
            }
        });
    }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:54321</c>.</summary>
    public Uri BaseAddress => new(LoopbackWebApp.Address(_app));

    public int Port => BaseAddress.Port;

    public IReadOnlyList<(string Path, IHeaderDictionary Headers)> Requests => [.. _requests];

    public static async Task<ArticleWebServer> StartAsync()
    {
        var server = new ArticleWebServer(LoopbackWebApp.Build());
        await server._app.StartAsync();
        return server;
    }

    public Uri Url(string path) => new(BaseAddress, path);

    public void Map(string path, RequestDelegate handler) => _routes[path] = handler;

    public void MapContent(string path, string contentType, byte[] body) => Map(path, async context =>
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    });

    public void MapContent(string path, string contentType, string body) => MapContent(path, contentType, System.Text.Encoding.UTF8.GetBytes(body));

    public void MapRedirect(string path, string location, int status = 302) => Map(path, context =>
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
