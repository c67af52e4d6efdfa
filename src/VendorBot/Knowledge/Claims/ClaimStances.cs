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

    /// <summary>The heading a group of statements with this stance gets: Alleged, Denied, Confirmed, Reported.</summary>
    public static string Heading(ClaimStance stance) => stance switch
    {
        ClaimStance.Alleges => "Alleged",
        ClaimStance.Denies => "Denied",
        ClaimStance.Confirms => "Confirmed",
        _ => "Reported",
    };

    /// <summary>Stances in the order groups are shown: alleged, denied, confirmed, reported.</summary>
    public static IReadOnlyList<ClaimStance> DisplayOrder { get; } = [ClaimStance.Alleges, ClaimStance.Denies, ClaimStance.Confirms, ClaimStance.Reports];

    /// <summary>The position of <paramref name="stance"/> in <see cref="DisplayOrder"/>.</summary>
    public static int Rank(ClaimStance stance) => stance switch
    {
        ClaimStance.Alleges => 0,
        ClaimStance.Denies => 1,
        ClaimStance.Confirms => 2,
        _ => 3,
    };
}
