using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using VendorBot.Knowledge.Articles;

namespace VendorBot.Tests.Knowledge.Articles;

/// <summary>Builds fetchers over real sockets with test options: 127.0.0.1 allowed explicitly unless told otherwise.</summary>
internal static class FetcherFactory
{
    public static DocumentsOptions Options(bool allowLoopback = true, params string[] attachmentHosts)
    {
        var options = new DocumentsOptions { FetchTimeout = TimeSpan.FromSeconds(20) };
        if (allowLoopback)
        {
            options.AllowedHosts.Add("127.0.0.1");
        }

        foreach (var host in attachmentHosts)
        {
            options.AttachmentHosts.Add(host);
        }

        return options;
    }

    public static WebFetcher Create(
        DocumentsOptions? options = null, IHostResolver? resolver = null, TimeProvider? time = null, ILogger<WebFetcher>? logger = null) =>
        new(
            Microsoft.Extensions.Options.Options.Create(options ?? Options()),
            resolver ?? new FixedResolver(new Dictionary<string, IPAddress[]>()),
            time ?? TimeProvider.System,
            logger ?? NullLogger<WebFetcher>.Instance);
}
