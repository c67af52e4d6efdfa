using System.Net;
using System.Net.Sockets;

namespace VendorBot.Knowledge.Articles;

/// <summary>
/// Which IP addresses the bot may connect to when it fetches a link: public unicast addresses only, unless the
/// address is inside a network an operator allowed. Refused: this-network, private, CGNAT, loopback, link-local (the
/// cloud metadata address 169.254.169.254 among them), benchmarking, documentation, multicast, reserved and broadcast
/// IPv4; and for IPv6 the unspecified and loopback addresses, unique-local, link-local, site-local, multicast,
/// documentation, discard, Teredo, and any IPv4 address embedded in it (mapped, compatible, NAT64, 6to4) that is refused.
/// </summary>
internal sealed class AddressPolicy(IReadOnlyList<IPNetwork> allowedNetworks)
{
    private static readonly (IPNetwork Network, string Reason)[] RefusedV4 =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "a 'this network' address"),
        (IPNetwork.Parse("10.0.0.0/8"), "a private address"),
        (IPNetwork.Parse("100.64.0.0/10"), "a carrier-grade NAT address"),
        (IPNetwork.Parse("127.0.0.0/8"), "a loopback address"),
        (IPNetwork.Parse("169.254.169.254/32"), "the cloud metadata address"),
        (IPNetwork.Parse("169.254.0.0/16"), "a link-local address"),
        (IPNetwork.Parse("172.16.0.0/12"), "a private address"),
        (IPNetwork.Parse("192.0.0.0/24"), "an IETF protocol address"),
        (IPNetwork.Parse("192.0.2.0/24"), "a documentation address"),
        (IPNetwork.Parse("192.88.99.0/24"), "a 6to4 relay address"),
        (IPNetwork.Parse("192.168.0.0/16"), "a private address"),
        (IPNetwork.Parse("198.18.0.0/15"), "a benchmarking address"),
        (IPNetwork.Parse("198.51.100.0/24"), "a documentation address"),
        (IPNetwork.Parse("203.0.113.0/24"), "a documentation address"),
        (IPNetwork.Parse("224.0.0.0/4"), "a multicast address"),
        (IPNetwork.Parse("255.255.255.255/32"), "the broadcast address"),
        (IPNetwork.Parse("240.0.0.0/4"), "a reserved address"),
    ];

    private static readonly (IPNetwork Network, string Reason)[] RefusedV6 =
    [
        (IPNetwork.Parse("::/128"), "the unspecified address"),
        (IPNetwork.Parse("::1/128"), "a loopback address"),
        (IPNetwork.Parse("64:ff9b:1::/48"), "a local NAT64 address"),
        (IPNetwork.Parse("100::/64"), "a discard address"),
        (IPNetwork.Parse("2001::/32"), "a Teredo address"),
        (IPNetwork.Parse("2001:db8::/32"), "a documentation address"),
        (IPNetwork.Parse("fc00::/7"), "a unique-local (private) address"),
        (IPNetwork.Parse("fe80::/10"), "a link-local address"),
        (IPNetwork.Parse("fec0::/10"), "a site-local address"),
        (IPNetwork.Parse("ff00::/8"), "a multicast address"),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");
    private static readonly IPNetwork V4Compatible = IPNetwork.Parse("::/96");

    /// <summary>Null when the bot may connect to <paramref name="address"/>; otherwise why not, in words.</summary>
    public string? Refusal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (allowedNetworks.Any(network => network.Contains(address)))
        {
            return null;
        }

        var reason = Classify(address);
        if (reason is not null && address.IsIPv4MappedToIPv6 && allowedNetworks.Any(network => network.Contains(address.MapToIPv4())))
        {
            return null;
        }

        return reason;
    }

    /// <summary>Why an address is internal, or null for a public unicast address (allowed networks not considered).</summary>
    public static string? Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return RefusedV4.FirstOrDefault(entry => entry.Network.Contains(address)).Reason;
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return "not an IP address";
        }

        address = new IPAddress(address.GetAddressBytes()); // scope ids play no part in the ranges
        if (address.IsIPv4MappedToIPv6)
        {
            return Embedded(address.MapToIPv4(), "an IPv4-mapped");
        }

        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(address))
        {
            return Embedded(new IPAddress(bytes.AsSpan(12, 4)), "a NAT64");
        }

        if (SixToFour.Contains(address))
        {
            return Embedded(new IPAddress(bytes.AsSpan(2, 4)), "a 6to4");
        }

        var listed = RefusedV6.FirstOrDefault(entry => entry.Network.Contains(address)).Reason;
        if (listed is not null)
        {
            return listed;
        }

        return V4Compatible.Contains(address) ? "an IPv4-compatible address (deprecated)" : null;
    }

    private static string? Embedded(IPAddress v4, string kind)
    {
        var reason = Classify(v4);
        return reason is null ? null : $"{kind} form of {v4} ({reason})";
    }
}
