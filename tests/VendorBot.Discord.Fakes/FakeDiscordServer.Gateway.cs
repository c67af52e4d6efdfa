using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using VendorBot.Discord.Fakes.Gateway;

namespace VendorBot.Discord.Fakes;

/// <summary>The gateway half: <c>GET /api/v10/gateway/bot</c> and the WebSocket at <c>/gateway</c>.</summary>
public sealed partial class FakeDiscordServer
{
    /// <summary>The fake gateway: its settings, its scripting (push, drop, op 7, op 9, close codes) and what it received.</summary>
    public FakeGateway Gateway { get; } = new();

    static partial void MapGateway(WebApplication app, ServerHolder holder)
    {
        app.MapGet("/api/v10/gateway/bot", (HttpContext context) =>
        {
            var server = Require(holder);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            server.Rest.Validate(context.Request.Method, "gateway/bot", headers, "");
            return server.Gateway.GatewayBotAsync(context);
        });
        app.Map("/gateway", (HttpContext context) => Require(holder).Gateway.AcceptAsync(context));
    }

    private static FakeDiscordServer Require(ServerHolder holder) =>
        holder.Server ?? throw new InvalidOperationException("The fake Discord is still starting.");
}
