namespace VendorBot.Bot.Settings;

/// <summary>What <c>/settings</c> changes; null fields stay as they are. An empty vendor list means all vendors.</summary>
internal sealed record ChannelSettingsChange(bool? AutoAnswer, bool? Ephemeral, bool? CitedOnly, IReadOnlyList<string>? Vendors)
{
    /// <summary>True when nothing is to change (the command only shows the settings).</summary>
    public bool IsEmpty => AutoAnswer is null && Ephemeral is null && CitedOnly is null && Vendors is null;

    /// <summary><paramref name="current"/> with this change applied.</summary>
    public ChannelSettings ApplyTo(ChannelSettings current) => new(
        AutoAnswer ?? current.AutoAnswer,
        Ephemeral ?? current.Ephemeral,
        CitedOnly ?? current.CitedOnly,
        Vendors ?? current.Vendors);
}
