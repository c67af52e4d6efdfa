using System.Globalization;

namespace VendorBot.Discord.Entities;

/// <summary>Parses Discord's decimal-string permission bitfields.</summary>
public static class PermissionsParser
{
    /// <summary>Parses a bitfield such as <c>"2147483656"</c>; unknown bits are kept.</summary>
    public static bool TryParse(string? text, out Permissions permissions)
    {
        var ok = ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bits);
        permissions = (Permissions)bits;
        return ok;
    }

    /// <summary>Parses a bitfield; absent or malformed input grants nothing (fail closed).</summary>
    public static Permissions ParseOrNone(string? text) => TryParse(text, out var permissions) ? permissions : Permissions.None;
}
