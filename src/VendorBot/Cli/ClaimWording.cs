using VendorBot.Knowledge.Claims;

namespace VendorBot.Cli;

/// <summary>
/// Who says what, in words that read well: "Pakistani officials deny", "Huawei denies", and an unattributed statement as
/// "Alleged, no one named". A plural actor is one joined by "and" or ending in a lower-case plural noun ("officials",
/// "researchers"); a capitalised name ending in s ("United States", "Reuters") is one actor.
/// </summary>
internal static class ClaimWording
{
    private static readonly string[] PeoplePlurals = ["ials", "ists", "ians", "ents", "ants"];

    /// <summary>"Huawei denies", "Pakistani officials deny", "Alleged, no one named".</summary>
    public static string Says(string actor, ClaimStance stance)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor == ClaimLexicon.Unattributed)
        {
            return $"{ClaimStances.Heading(stance)}, no one named";
        }

        var verb = ClaimStances.ToText(stance);
        return $"{actor} {(IsPlural(actor) ? PluralVerb(verb) : verb)}";
    }

    /// <summary>The actor as a name: "No one named" for an unattributed statement.</summary>
    public static string Actor(string actor) => actor == ClaimLexicon.Unattributed ? "No one named" : actor;

    /// <summary>True for "Pakistani officials", "the US and the UK"; false for "Huawei", "United States", "BES".</summary>
    public static bool IsPlural(string actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Contains(" and ", StringComparison.Ordinal))
        {
            return true;
        }

        var words = actor.Trim().Split(' ');
        var last = words[^1];
        if (last.Length <= 2 || !last.EndsWith('s') || last.EndsWith("ss", StringComparison.Ordinal))
        {
            return false;
        }

        // A capitalised word is a name ("United States") unless it stands alone with a plural ending of people
        // ("Officials", "Analysts" at the start of a sentence).
        return char.IsLower(last[0]) || (words.Length == 1 && PeoplePlurals.Any(ending => last.EndsWith(ending, StringComparison.Ordinal)));
    }

    // "denies" → "deny", "alleges" → "allege", "confirms" → "confirm", "reports" → "report".
    private static string PluralVerb(string verb) =>
        verb.EndsWith("ies", StringComparison.Ordinal) ? verb[..^3] + "y" : verb[..^1];
}
