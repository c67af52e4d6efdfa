namespace VendorBot.Knowledge.Claims;

/// <summary>What an attributed statement does with its claim.</summary>
public enum ClaimStance
{
    /// <summary>Reports something without taking a side ("X says", "according to X").</summary>
    Reports,

    /// <summary>Accuses or alleges ("X accused Y of", "Y has been accused of", "X cited Y as a threat").</summary>
    Alleges,

    /// <summary>Denies or disputes ("Y denied", "X says there is no evidence").</summary>
    Denies,

    /// <summary>Confirms or admits ("an audit confirmed", "it has been admitted that").</summary>
    Confirms,
}
