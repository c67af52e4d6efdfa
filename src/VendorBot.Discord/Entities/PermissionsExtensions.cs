namespace VendorBot.Discord.Entities;

/// <summary>Permission checks that honour ADMINISTRATOR.</summary>
public static class PermissionsExtensions
{
    /// <summary>True when <paramref name="held"/> includes every bit of <paramref name="required"/>, or ADMINISTRATOR.</summary>
    public static bool Grants(this Permissions held, Permissions required) =>
        (held & Permissions.Administrator) != 0 || (held & required) == required;

    /// <summary>The decimal string Discord expects (e.g. <c>default_member_permissions</c>).</summary>
    public static string ToDiscordString(this Permissions permissions) =>
        ((ulong)permissions).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
