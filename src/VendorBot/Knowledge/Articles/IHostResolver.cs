using System.Net;

namespace VendorBot.Knowledge.Articles;

/// <summary>Resolves a host name to its addresses (DNS in production; a fixed table in tests).</summary>
public interface IHostResolver
{
    /// <summary>Every address of <paramref name="host"/>; empty when it has none.</summary>
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

/// <summary>The system resolver.</summary>
internal sealed class DnsHostResolver : IHostResolver
{
    /// <inheritdoc />
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        try
        {
            return await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            throw new DocumentFetchException($"'{host}' does not resolve ({ex.SocketErrorCode})", ex);
        }
    }
}
