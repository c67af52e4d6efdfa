namespace VendorBot.Discord.Entities;

/// <summary>Channel types VendorBot meets; other values pass through as numbers.</summary>
public enum ChannelType
{
    /// <summary>A guild text channel.</summary>
    GuildText = 0,

    /// <summary>A direct message.</summary>
    DirectMessage = 1,

    /// <summary>A guild announcement channel.</summary>
    GuildAnnouncement = 5,

    /// <summary>A thread in an announcement channel.</summary>
    AnnouncementThread = 10,

    /// <summary>A public thread.</summary>
    PublicThread = 11,

    /// <summary>A private thread.</summary>
    PrivateThread = 12,

    /// <summary>A forum channel.</summary>
    GuildForum = 15,
}
