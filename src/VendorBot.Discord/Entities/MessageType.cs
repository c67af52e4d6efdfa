namespace VendorBot.Discord.Entities;

/// <summary>Message types VendorBot distinguishes; other values pass through as numbers.</summary>
public enum MessageType
{
    /// <summary>A plain message.</summary>
    Default = 0,

    /// <summary>A thread was created from a message.</summary>
    ThreadCreated = 18,

    /// <summary>A reply to another message.</summary>
    Reply = 19,

    /// <summary>A response to a slash command.</summary>
    ChatInputCommand = 20,

    /// <summary>The first message of a thread started from a message.</summary>
    ThreadStarterMessage = 21,
}
