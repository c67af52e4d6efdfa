namespace VendorBot.Discord.Entities;

/// <summary>
/// Discord permission bits (a 64-bit field sent as a decimal string). <see cref="Administrator"/> implies every
/// permission: check with <see cref="PermissionsExtensions.Grants"/>, not with a raw bit test.
/// </summary>
[Flags]
#pragma warning disable CA1028 // Discord's permission field is 64 bits wide and unsigned.
public enum Permissions : ulong
#pragma warning restore CA1028
{
    /// <summary>No permission.</summary>
    None = 0,

    /// <summary>CREATE_INSTANT_INVITE (bit 0).</summary>
    CreateInstantInvite = 1UL << 0,

    /// <summary>KICK_MEMBERS (bit 1).</summary>
    KickMembers = 1UL << 1,

    /// <summary>BAN_MEMBERS (bit 2).</summary>
    BanMembers = 1UL << 2,

    /// <summary>ADMINISTRATOR (bit 3): implies every permission.</summary>
    Administrator = 1UL << 3,

    /// <summary>MANAGE_CHANNELS (bit 4).</summary>
    ManageChannels = 1UL << 4,

    /// <summary>MANAGE_GUILD (bit 5, "32").</summary>
    ManageGuild = 1UL << 5,

    /// <summary>ADD_REACTIONS (bit 6).</summary>
    AddReactions = 1UL << 6,

    /// <summary>VIEW_CHANNEL (bit 10).</summary>
    ViewChannel = 1UL << 10,

    /// <summary>SEND_MESSAGES (bit 11).</summary>
    SendMessages = 1UL << 11,

    /// <summary>MANAGE_MESSAGES (bit 13).</summary>
    ManageMessages = 1UL << 13,

    /// <summary>EMBED_LINKS (bit 14).</summary>
    EmbedLinks = 1UL << 14,

    /// <summary>ATTACH_FILES (bit 15).</summary>
    AttachFiles = 1UL << 15,

    /// <summary>READ_MESSAGE_HISTORY (bit 16).</summary>
    ReadMessageHistory = 1UL << 16,

    /// <summary>MENTION_EVERYONE (bit 17).</summary>
    MentionEveryone = 1UL << 17,

    /// <summary>USE_APPLICATION_COMMANDS (bit 31).</summary>
    UseApplicationCommands = 1UL << 31,

    /// <summary>CREATE_PUBLIC_THREADS (bit 35).</summary>
    CreatePublicThreads = 1UL << 35,

    /// <summary>SEND_MESSAGES_IN_THREADS (bit 38).</summary>
    SendMessagesInThreads = 1UL << 38,
}
