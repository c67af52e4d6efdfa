namespace VendorBot.Discord.Entities;

/// <summary>Application command kinds.</summary>
public enum ApplicationCommandType
{
    /// <summary>CHAT_INPUT: a slash command.</summary>
    ChatInput = 1,

    /// <summary>USER: a context-menu command on a user.</summary>
    User = 2,

    /// <summary>MESSAGE: a context-menu command on a message.</summary>
    Message = 3,
}
