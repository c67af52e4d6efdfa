using System.Net;

namespace VendorBot.Knowledge.Articles;

/// <summary>
/// Turns the host of a connection into the addresses the bot may connect to: IP literals in any spelling are taken
/// as they are, names are resolved, and every address is checked by the <see cref="AddressPolicy"/> unless the host is
/// listed in <c>Documents:AllowedHosts</c>. One refused address refuses the host (a mixed DNS answer cannot slip one in).
/// </summary>
internal sealed class ConnectionGuard(AddressPolicy policy, IReadOnlyCollection<string> allowedHosts, IHostResolver resolver)
{
    /// <summary>The checked addresses to connect to.</summary>
    /// <exception cref="DocumentFetchException">The host does not resolve or resolves to an address that is refused.</exception>
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        var allowed = allowedHosts.Contains(host.Trim('[', ']').TrimEnd('.'), StringComparer.OrdinalIgnoreCase);
        var literal = HostLiteral.TryParse(host);
        if (literal is null && HostLiteral.LooksNumeric(host))
        {
            throw new DocumentFetchException($"'{host}' is not a valid address; not fetched");
        }

        var addresses = literal is not null
            ? [literal]
            : await resolver.ResolveAsync(host.TrimEnd('.'), cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new DocumentFetchException($"'{host}' does not resolve to any address");
        }

        if (allowed)
        {
            return addresses;
        }

        foreach (var address in addresses)
        {
            var refusal = policy.Refusal(address);
            if (refusal is not null)
            {
                var spelled = host.Trim('[', ']');
                var what = literal is null ? $"'{host}' resolves to {address}, {refusal}"
                    : spelled == address.ToString() ? $"'{spelled}' is {refusal}"
                    : $"'{host}' is {address}, {refusal}";
                throw new DocumentFetchException(
                    $"{what}: not fetched (an operator can allow it with Documents:AllowedHosts or Documents:AllowedNetworks)");
            }
        }

        return addresses;
    }
}
