using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VendorBot.Discord.Fakes.Rest;
using VendorBot.Discord.Fakes.Validation;

namespace VendorBot.Discord.Fakes;

/// <summary>
/// A fake Discord on 127.0.0.1 (port 0): <c>GET /api/v10/gateway/bot</c>, the gateway WebSocket and the REST routes,
/// scriptable per test and recording every request. The gateway half lives in FakeDiscordServer.Gateway.cs,
/// the REST half in FakeDiscordServer.Rest.cs. Disposing fails when any request broke Discord's rules.
/// </summary>
public sealed partial class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeDiscordServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Rest = new FakeRestApi(() => BaseAddress);
        Gateway.DispatchSent = Rest.ObserveDispatch;
    }

    /// <summary>http://127.0.0.1:{port}/</summary>
    public Uri BaseAddress { get; }

    /// <summary>The REST base to give the client: http://127.0.0.1:{port}/api/v10/</summary>
    public Uri RestBaseUrl => new(BaseAddress, "api/v10/");

    /// <summary>Starts the fake on a free loopback port.</summary>
    public static async Task<FakeDiscordServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseWebSockets();

        var holder = new ServerHolder();
        MapAll(app, holder);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        // Kestrel fills the feature once started on port 0.
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        var server = new FakeDiscordServer(app, new Uri(address.TrimEnd('/') + "/"));
        holder.Server = server;
        return server;
    }

    /// <summary>
    /// Stops the fake, then fails with every violation of Discord's spec or docs it recorded, so no test that uses
    /// the fake can pass while sending what Discord would refuse (take expected ones with <see cref="FakeRestApi.TakeViolations"/>).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        var violations = Rest.TakeViolations();
        if (violations.Count > 0)
        {
            throw new FakeDiscordViolationException(violations);
        }
    }

    private static void MapAll(WebApplication app, ServerHolder holder)
    {
        MapGateway(app, holder);
        MapRest(app, holder);
    }

    static partial void MapGateway(WebApplication app, ServerHolder holder);

    static partial void MapRest(WebApplication app, ServerHolder holder);

    /// <summary>Routes are mapped before the port is known; handlers reach the server through this.</summary>
    private sealed class ServerHolder
    {
        public FakeDiscordServer? Server { get; set; }
    }
}
