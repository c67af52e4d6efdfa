using System.Net;
using VendorBot.Knowledge.Articles;

namespace VendorBot.Tests.Knowledge.Articles;

/// <summary>A resolver answering from a table (names not in it do not resolve); records what it was asked.</summary>
internal sealed class FixedResolver(Dictionary<string, IPAddress[]> table) : IHostResolver
{
    public List<string> Asked { get; } = [];

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        lock (Asked)
        {
            Asked.Add(host);
        }

        return Task.FromResult(table.TryGetValue(host, out var addresses) ? addresses : []);
    }
}
