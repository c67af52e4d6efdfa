namespace VendorBot.Discord.Entities;

/// <summary>Message component kinds VendorBot uses; other values pass through as numbers.</summary>
public enum ComponentType
{
    /// <summary>ACTION_ROW: a container of up to 5 buttons.</summary>
    ActionRow = 1,

    /// <summary>BUTTON.</summary>
    Button = 2,

    /// <summary>STRING_SELECT.</summary>
    StringSelect = 3,
}
