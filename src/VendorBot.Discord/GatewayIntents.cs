namespace VendorBot.Discord;

/// <summary>Gateway intent bits sent in Identify.</summary>
[Flags]
public enum GatewayIntents
{
    /// <summary>No intents.</summary>
    None = 0,

    /// <summary>GUILDS (1 &lt;&lt; 0): guild, channel and thread events.</summary>
    Guilds = 1 << 0,

    /// <summary>GUILD_MEMBERS (1 &lt;&lt; 1), privileged.</summary>
    GuildMembers = 1 << 1,

    /// <summary>GUILD_MESSAGES (1 &lt;&lt; 9).</summary>
    GuildMessages = 1 << 9,

    /// <summary>GUILD_MESSAGE_REACTIONS (1 &lt;&lt; 10).</summary>
    GuildMessageReactions = 1 << 10,

    /// <summary>DIRECT_MESSAGES (1 &lt;&lt; 12).</summary>
    DirectMessages = 1 << 12,

    /// <summary>MESSAGE_CONTENT (1 &lt;&lt; 15), privileged: must be enabled in the developer portal.</summary>
    MessageContent = 1 << 15,
}
