using Microsoft.Extensions.Options;
using VendorBot.Discord.Entities;

namespace VendorBot.Bot.Interactions;

/// <summary>
/// Who may run admin commands (<c>/reindex</c>), checked on our side whatever Discord's <c>default_member_permissions</c>
/// let through: MANAGE_GUILD or ADMINISTRATOR in the interaction's member permissions, or a configured user or role.
/// </summary>
internal sealed class AdminPolicy(IOptions<BotOptions> options)
{
    /// <summary>True when the invoker of <paramref name="interaction"/> is an admin.</summary>
    public bool IsAdmin(Interaction interaction)
    {
        var settings = options.Value;
        if (interaction.Invoker is { } user && settings.AdminUserIds.Contains(user.Id.Value))
        {
            return true;
        }

        if (interaction.Member is not { } member)
        {
            return false;
        }

        return member.ParsedPermissions.Grants(Permissions.ManageGuild)
            || member.Roles.Any(role => settings.AdminRoleIds.Contains(role.Value));
    }
}
