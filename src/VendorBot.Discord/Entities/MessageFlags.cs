namespace VendorBot.Discord.Entities;

/// <summary>Message flag bits VendorBot uses.</summary>
[Flags]
public enum MessageFlags
{
    /// <summary>No flags.</summary>
    None = 0,

    /// <summary>SUPPRESS_EMBEDS (1 &lt;&lt; 2): no link previews.</summary>
    SuppressEmbeds = 1 << 2,

    /// <summary>EPHEMERAL (1 &lt;&lt; 6): only the invoker of an interaction sees the message.</summary>
    Ephemeral = 1 << 6,
}
