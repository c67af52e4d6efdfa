namespace VendorBot.Discord.Entities;

/// <summary>
/// A member's permissions in a channel, computed as the docs' "Permission Overwrites" section describes: the
/// <c>@everyone</c> role and the member's roles give the base (the owner and administrators get everything), then the
/// channel's overwrites apply in order: <c>@everyone</c>, the member's roles together (deny, then allow), the member.
/// </summary>
public static class ChannelPermissions
{
    /// <summary>Every permission (the owner's and an administrator's).</summary>
    public const Permissions All = (Permissions)ulong.MaxValue;

    private const int MemberOverwrite = 1;

    /// <summary>The guild-wide permissions of a member with <paramref name="memberRoles"/>.</summary>
    public static Permissions Base(Guild guild, Snowflake userId, IReadOnlyList<Snowflake> memberRoles)
    {
        ArgumentNullException.ThrowIfNull(guild);
        ArgumentNullException.ThrowIfNull(memberRoles);
        if (guild.OwnerId == userId)
        {
            return All;
        }

        var permissions = Permissions.None;
        foreach (var role in guild.Roles ?? [])
        {
            // The @everyone role has the guild's id.
            if (role.Id == guild.Id || memberRoles.Contains(role.Id))
            {
                permissions |= PermissionsParser.ParseOrNone(role.Permissions);
            }
        }

        return (permissions & Permissions.Administrator) != 0 ? All : permissions;
    }

    /// <summary>The member's permissions in <paramref name="channel"/> (for a thread, pass its parent channel).</summary>
    public static Permissions In(Guild guild, Snowflake userId, IReadOnlyList<Snowflake> memberRoles, Channel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var permissions = Base(guild, userId, memberRoles);
        if (permissions == All)
        {
            return permissions;
        }

        var overwrites = channel.PermissionOverwrites ?? [];
        if (overwrites.FirstOrDefault(o => o.Id == guild.Id && o.Type != MemberOverwrite) is { } everyone)
        {
            permissions = Apply(permissions, everyone);
        }

        var allow = Permissions.None;
        var deny = Permissions.None;
        foreach (var overwrite in overwrites.Where(o => o.Type != MemberOverwrite && o.Id != guild.Id && memberRoles.Contains(o.Id)))
        {
            allow |= PermissionsParser.ParseOrNone(overwrite.Allow);
            deny |= PermissionsParser.ParseOrNone(overwrite.Deny);
        }

        permissions = (permissions & ~deny) | allow;
        if (overwrites.FirstOrDefault(o => o.Id == userId && o.Type == MemberOverwrite) is { } member)
        {
            permissions = Apply(permissions, member);
        }

        return permissions;
    }

    private static Permissions Apply(Permissions permissions, PermissionOverwrite overwrite) =>
        (permissions & ~PermissionsParser.ParseOrNone(overwrite.Deny)) | PermissionsParser.ParseOrNone(overwrite.Allow);
}
