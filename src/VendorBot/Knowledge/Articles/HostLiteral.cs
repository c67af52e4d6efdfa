using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace VendorBot.Knowledge.Articles;

/// <summary>
/// Recognises a host that is an IP address in any spelling a resolver would accept: dotted IPv4, the one-number
/// (<c>2130706433</c>), octal (<c>0177.0.0.1</c>), hexadecimal (<c>0x7f.1</c>) and shortened (<c>127.1</c>) forms,
/// and IPv6 (with or without brackets). Such hosts are checked as addresses and never sent to DNS.
/// </summary>
internal static class HostLiteral
{
    /// <summary>The address <paramref name="host"/> spells, or null when it is a name.</summary>
    public static IPAddress? TryParse(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var trimmed = host.Trim('[', ']');
        if (trimmed.Contains(':', StringComparison.Ordinal))
        {
            return IPAddress.TryParse(trimmed, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6 ? v6 : null;
        }

        return TryParseV4(trimmed.TrimEnd('.'));
    }

    /// <summary>True when every label is a number (decimal, octal or hex): a resolver would read it as an address even if malformed.</summary>
    public static bool LooksNumeric(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var labels = host.TrimEnd('.').Split('.');
        return labels.Length is >= 1 and <= 4 && labels.All(label => label.Length > 0 && (IsHex(label) || label.All(char.IsAsciiDigit)));
    }

    private static IPAddress? TryParseV4(string host)
    {
        if (!LooksNumeric(host))
        {
            return null;
        }

        var labels = host.Split('.');
        var parts = new ulong[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            if (!TryParseNumber(labels[i], out parts[i]))
            {
                return null;
            }
        }

        // inet_aton: a.b.c.d, a.b.c (c is 16 bits), a.b (b is 24 bits), a (32 bits).
        ulong value = 0;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (parts[i] > 255)
            {
                return null;
            }

            value |= parts[i] << (8 * (3 - i));
        }

        var lastBits = 8 * (5 - parts.Length);
        var last = parts[^1];
        if (last >= 1UL << lastBits)
        {
            return null;
        }

        value |= last;
        return new IPAddress([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);
    }

    private static bool IsHex(string label) =>
        label.Length >= 2 && label[0] == '0' && label[1] is 'x' or 'X' && label[2..].All(char.IsAsciiHexDigit);

    private static bool TryParseNumber(string label, out ulong value)
    {
        value = 0;
        if (IsHex(label))
        {
            return label.Length == 2 || ulong.TryParse(label.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        }

        if (label.Length > 1 && label[0] == '0')
        {
            foreach (var digit in label.AsSpan(1))
            {
                if (digit > '7' || value > uint.MaxValue)
                {
                    return false;
                }

                value = (value * 8) + (ulong)(digit - '0');
            }

            return true;
        }

        return ulong.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
