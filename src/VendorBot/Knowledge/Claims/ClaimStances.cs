namespace VendorBot.Knowledge.Claims;

/// <summary>The stored and displayed names of <see cref="ClaimStance"/> values ("alleges", "denies", ...).</summary>
public static class ClaimStances
{
    /// <summary>The lower-case name stored in the index and used in eval files.</summary>
    public static string ToText(ClaimStance stance) => stance switch
    {
        ClaimStance.Alleges => "alleges",
        ClaimStance.Denies => "denies",
        ClaimStance.Confirms => "confirms",
        _ => "reports",
    };

    /// <summary>Parses a stored name; anything unknown reads as <see cref="ClaimStance.Reports"/>.</summary>
    public static ClaimStance Parse(string? text) => text?.ToUpperInvariant() switch
    {
        "ALLEGES" => ClaimStance.Alleges,
        "DENIES" => ClaimStance.Denies,
        "CONFIRMS" => ClaimStance.Confirms,
        _ => ClaimStance.Reports,
    };
}
