namespace VendorBot.Discord.Entities;

/// <summary>Button styles.</summary>
public enum ButtonStyle
{
    /// <summary>Blurple.</summary>
    Primary = 1,

    /// <summary>Grey.</summary>
    Secondary = 2,

    /// <summary>Green.</summary>
    Success = 3,

    /// <summary>Red.</summary>
    Danger = 4,

    /// <summary>Navigates to <see cref="Button.Url"/>; has no custom id and sends no interaction.</summary>
    Link = 5,
}
