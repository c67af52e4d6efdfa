using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using VendorBot.Discord.Fakes.Rest;

namespace VendorBot.Discord.Fakes;

/// <summary>The REST half of the fake: every route under <c>/api/v10/</c> not mapped more specifically.</summary>
public sealed partial class FakeDiscordServer
{
    /// <summary>The REST routes: recording, validating, scripting, simulated buckets.</summary>
    public FakeRestApi Rest { get; }

    static partial void MapRest(WebApplication app, ServerHolder holder) =>
        app.Map("/api/v10/{**path}", (HttpContext context, string path) =>
            holder.Server is { } server
                ? server.Rest.HandleAsync(context, path)
                : Results.StatusCode(503).ExecuteAsync(context));
}
