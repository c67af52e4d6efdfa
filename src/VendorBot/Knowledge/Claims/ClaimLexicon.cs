namespace VendorBot.Knowledge.Claims;

/// <summary>The words the claim extractor recognises: reporting verbs by stance, and the words around an actor.</summary>
public static class ClaimLexicon
{
    /// <summary>The actor of a statement whose speaker the text does not name (passive voice, "it is alleged").</summary>
    public const string Unattributed = "(unattributed)";

    /// <summary>At most this many words before the verb make up the actor.</summary>
    public const int MaxActorWords = 6;

    /// <summary>Reporting and accusing verbs (every form the extractor matches) with their stance.</summary>
    internal static readonly IReadOnlyDictionary<string, ClaimStance> Verbs = Build(
        (ClaimStance.Alleges, ["accuse", "accuses", "accused", "allege", "alleges", "alleged", "claim", "claims", "claimed",
            "charged", "blamed", "blames", "cited", "cites", "warned", "warns", "suspects", "suspected"]),
        (ClaimStance.Denies, ["deny", "denies", "denied", "reject", "rejects", "rejected", "refute", "refutes", "refuted",
            "dispute", "disputes", "disputed", "dismissed", "dismisses", "rebutted"]),
        (ClaimStance.Confirms, ["confirm", "confirms", "confirmed", "admit", "admits", "admitted", "acknowledge",
            "acknowledges", "acknowledged", "verified", "concluded", "found"]),
        (ClaimStance.Reports, ["say", "says", "said", "stated", "states", "reported", "reports", "told", "insisted",
            "insists", "announced", "announces", "wrote", "noted", "notes"]));

    /// <summary>Auxiliaries that make the verb after them passive ("has been accused").</summary>
    internal static readonly IReadOnlySet<string> PassiveAuxiliaries = Set("is", "are", "was", "were", "been", "being", "be");

    /// <summary>Words before a verb that make it a noun or adjective ("the claims", "an alleged backdoor").</summary>
    internal static readonly IReadOnlySet<string> Determiners = Set(
        "the", "a", "an", "these", "those", "this", "that", "its", "their", "his", "her", "our", "such", "any", "no", "of", "to");

    /// <summary>Words dropped from the start of an actor ("However, Huawei" → "Huawei").</summary>
    internal static readonly IReadOnlySet<string> LeadingNoise = Set(
        "and", "but", "so", "also", "although", "though", "however", "moreover", "while", "then", "the", "a", "an", "now",
        "previously", "meanwhile", "yet", "in", "on", "at", "later", "since", "when", "as", "if");

    /// <summary>Words dropped from the end of an actor ("Huawei has consistently" → "Huawei").</summary>
    internal static readonly IReadOnlySet<string> TrailingNoise = Set(
        "has", "have", "had", "is", "was", "are", "were", "also", "now", "initially", "later", "still", "again", "did",
        "does", "do", "would", "will", "could", "first", "both", "then", "once", "always", "not", "never");

    /// <summary>Actors that stand for the vendor the document is about ("the company", "it").</summary>
    internal static readonly IReadOnlySet<string> VendorStandIns = Set(
        "it", "company", "firm", "vendor", "oem", "manufacturer", "group", "maker", "supplier");

    /// <summary>Actors that name nobody ("they", "which"): the statement is unattributed.</summary>
    internal static readonly IReadOnlySet<string> Pronouns = Set(
        "he", "she", "they", "we", "you", "i", "this", "which", "who", "there", "one", "someone", "some");

    /// <summary>Words after a reporting verb that turn the report into a denial ("says there is no evidence").</summary>
    internal static readonly IReadOnlyList<string> Negations = ["no evidence", "not ", "n't", "never ", "nothing "];

    private static Dictionary<string, ClaimStance> Build(params (ClaimStance Stance, string[] Words)[] groups)
    {
        var verbs = new Dictionary<string, ClaimStance>(StringComparer.OrdinalIgnoreCase);
        foreach (var (stance, words) in groups)
        {
            foreach (var word in words)
            {
                verbs[word] = stance;
            }
        }

        return verbs;
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);
}
