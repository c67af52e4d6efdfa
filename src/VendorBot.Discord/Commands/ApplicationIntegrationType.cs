namespace VendorBot.Discord.Commands;

/// <summary>How the app is installed.</summary>
public enum ApplicationIntegrationType
{
    /// <summary>Installed to a guild.</summary>
    GuildInstall = 0,

    /// <summary>Installed to a user.</summary>
    UserInstall = 1,
}
