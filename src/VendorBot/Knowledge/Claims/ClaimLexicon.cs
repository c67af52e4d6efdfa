namespace VendorBot.Knowledge.Claims;

/// <summary>The words the claim extractor recognises: reporting verbs by stance, and the words around an actor.</summary>
public static class ClaimLexicon
{
    /// <summary>The actor of a statement whose speaker the text does not name (passive voice, "it is alleged").</summary>
    public const string Unattributed = "(unattributed)";

    /// <summary>At most this many words before the verb make up the actor.</summary>
    public const int MaxActorWords = 8;

    /// <summary>A quotation ahead of its verb negates the report only within this many words ("“We never …,” X said").</summary>
    public const int QuotationNegationReach = 8;

    /// <summary>
    /// Reporting, accusing and response verbs of general English (every form the extractor matches) with their stance.
    /// Two-word entries ("played down") are phrasal verbs matched as a pair.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, ClaimStance> Verbs = Build(
        (ClaimStance.Alleges, [
            "accuse", "accuses", "accused", "allege", "alleges", "alleged", "claim", "claims", "claimed", "charge",
            "charges", "charged", "blame", "blamed", "blames", "cite", "cited", "cites", "warn", "warned", "warns",
            "suspect", "suspects", "suspected", "contend", "contends", "contended", "assert", "asserts", "asserted",
            "complain", "complains", "complained", "sue", "sues", "sued", "fault", "faults", "faulted", "criticise",
            "criticises", "criticised", "criticize", "criticizes", "criticized", "condemn", "condemns", "condemned",
            "implicate", "implicates", "implicated", "pleaded", "pleads", "pled"]),
        (ClaimStance.Denies, [
            "deny", "denies", "denied", "reject", "rejects", "rejected", "refute", "refutes", "refuted", "dispute",
            "disputes", "disputed", "dismiss", "dismissed", "dismisses", "rebut", "rebuts", "rebutted", "rebuff",
            "rebuffs", "rebuffed", "contest", "contests", "contested", "countered", "repudiate",
            "repudiates", "repudiated", "disavow", "disavows", "disavowed", "downplay", "downplays", "downplayed",
            "contradicts", "contradicted", "played down", "plays down", "play down", "pushed back",
            "pushes back", "push back", "hit back", "hits back", "brushed off", "brushes off", "brushed aside",
            "brushes aside"]),
        (ClaimStance.Confirms, [
            "confirm", "confirms", "confirmed", "admit", "admits", "admitted", "acknowledge", "acknowledges",
            "acknowledged", "concede", "concedes", "conceded", "verified", "verifies", "concluded", "concludes",
            "found", "finds", "apologise", "apologises", "apologised", "apologize", "apologizes", "apologized",
            "owned up", "owns up"]),
        (ClaimStance.Reports, [
            "say", "says", "said", "stated", "states", "reported", "reports", "told", "tells", "insisted", "insists",
            "announced", "announces", "wrote", "writes", "noted", "notes", "argue", "argues", "argued", "indicated",
            "indicates", "explained", "explains", "added", "adds", "testified", "testifies", "disclosed", "discloses",
            "revealed", "reveals", "responded", "responds", "replied", "replies", "declared", "declares", "maintained",
            "maintains", "stressed", "stresses", "suggested", "suggests", "described", "describes", "estimated",
            "estimates", "pointed out", "points out", "commented", "comments", "ruled", "rules"]));

    /// <summary>
    /// Forms that are also nouns ("Delta's claims", "a contract dispute", "news reports"): read as verbs only before an
    /// object or a clause ("claims that", "disputes the", "charged Norvatel").
    /// </summary>
    internal static readonly IReadOnlySet<string> NounForms = Set(
        "claim", "claims", "charge", "charges", "dispute", "disputes", "reports", "notes", "states", "comments",
        "estimates", "estimated", "contest", "contests", "suspect", "suspects", "fault", "faults", "cites", "warns",
        "blames", "maintained", "maintains", "indicated", "indicates", "suggested", "suggests", "added", "adds",
        "revealed", "reveals", "described", "describes", "sue", "sues", "rules");

    /// <summary>Words after a noun form that show it is a verb: it takes a clause or an object.</summary>
    internal static readonly IReadOnlySet<string> VerbObjects = Set(
        "that", "the", "a", "an", "its", "his", "her", "their", "it", "he", "she", "they", "we", "this", "these",
        "those", "any", "all", "them", "him", "us", "our", "every", "each", "such", "responsibility", "credit", "no");

    /// <summary>A plea is an admission when "guilty" follows ("pleaded guilty"), a denial as "not guilty", else an allegation ("pled that").</summary>
    internal static readonly IReadOnlySet<string> Pleas = Set("pleaded", "pleads", "pled");

    /// <summary>Prepositions: "people familiar with the decision" keeps its "the", "the FTC" after "complaint" does not.</summary>
    internal static readonly IReadOnlySet<string> Prepositions = Set(
        "with", "of", "for", "from", "by", "in", "on", "at", "to", "about", "over", "against", "into", "under", "and", "or", "nor", "&");

    /// <summary>Auxiliaries that make the verb after them passive ("has been accused").</summary>
    internal static readonly IReadOnlySet<string> PassiveAuxiliaries = Set("is", "are", "was", "were", "been", "being", "be");

    /// <summary>Words before a verb that make it a noun or adjective ("the claims", "an alleged backdoor").</summary>
    internal static readonly IReadOnlySet<string> Determiners = Set(
        "the", "a", "an", "these", "those", "this", "that", "its", "their", "his", "her", "our", "such", "any", "no", "of", "to");

    /// <summary>Nouns for what someone issued ("the ministry's filing"): the owner of one is the actor.</summary>
    internal static readonly IReadOnlySet<string> Statements = Set(
        "filing", "filings", "complaint", "complaints", "lawsuit", "suit", "letter", "letters", "report", "statement",
        "statements", "post", "blog", "memo", "notice", "order", "ruling", "findings", "finding", "investigation",
        "review", "audit", "study", "analysis", "account", "release", "website", "submission", "brief", "motion",
        "indictment", "decision", "announcement", "response", "reply", "document", "documents", "paper", "tweet");

    /// <summary>Words after which a clause starts, so an actor never reaches back over them ("… after Motherboard reported").</summary>
    internal static readonly IReadOnlyList<string> ClauseWords = [" after ", " before ", " since ", " until ", " when ", " once ", " as ", " if ", " whereas ", " although "];

    /// <summary>Words between "said" and the verb that matters that leave its subject the speaker ("said it had denied").</summary>
    internal static readonly IReadOnlySet<string> Auxiliaries = Set(
        "that", "had", "has", "have", "would", "will", "could", "did", "does", "do", "was", "is", "were", "also",
        "again", "publicly", "never", "not", "always", "now", "already", "previously", "repeatedly", "strongly",
        "firmly", "flatly", "since", "earlier", "long", "consistently", "then", "once");

    /// <summary>Words dropped from the start of an actor ("However, Huawei" → "Huawei").</summary>
    internal static readonly IReadOnlySet<string> LeadingNoise = Set(
        "and", "but", "so", "also", "although", "though", "however", "moreover", "while", "then", "the", "a", "an", "now",
        "previously", "meanwhile", "yet", "in", "on", "at", "later", "since", "when", "as", "if", "before", "after",
        "until", "once", "unless", "of", "for", "by", "with", "from");

    /// <summary>Words dropped from the end of an actor ("Huawei has consistently" → "Huawei").</summary>
    internal static readonly IReadOnlySet<string> TrailingNoise = Set(
        "has", "have", "had", "is", "was", "are", "were", "also", "now", "initially", "later", "still", "again", "did",
        "does", "do", "would", "will", "could", "first", "both", "then", "once", "always", "not", "never", "already",
        "earlier", "just", "since", "may", "might", "must", "should", "can", "publicly", "again", "neither", "only");

    /// <summary>Actors that stand for the vendor the document is about ("the company", "it").</summary>
    internal static readonly IReadOnlySet<string> VendorStandIns = Set(
        "it", "company", "firm", "vendor", "oem", "manufacturer", "group", "maker", "supplier");

    /// <summary>Pronouns that stand for the person named by the previous statement ("Vlcek said … He said").</summary>
    internal static readonly IReadOnlySet<string> PersonPronouns = Set("he", "she");

    /// <summary>Actors that name nobody ("they", "which"): the statement is unattributed.</summary>
    internal static readonly IReadOnlySet<string> Pronouns = Set(
        "he", "she", "they", "we", "you", "i", "this", "which", "who", "there", "one", "someone", "some", "anyone",
        "everyone", "nobody", "what");

    /// <summary>Words after a reporting verb that turn the report into a denial ("says there is no evidence").</summary>
    internal static readonly IReadOnlyList<string> Negations = ["no evidence", "no indication", "no sign", "no proof", "no knowledge", "not ", "n't", "never ", "nothing "];

    /// <summary>Words that negate a stance verb right after them ("did not deny", "never disputed", "neither confirmed").</summary>
    internal static readonly IReadOnlySet<string> StanceNegations = Set("not", "never", "neither", "nor", "cannot");

    /// <summary>A negation negates a stance verb only this close before it ("has not publicly denied").</summary>
    public const int StanceNegationReach = 3;

    /// <summary>Phrases that contain a negation word without negating ("not only").</summary>
    internal static readonly IReadOnlyList<string> FalseNegations = ["not only", "no longer", "not just"];

    /// <summary>A negation counts for the report only within this many words of its verb, inside its clause ("said it did not").</summary>
    public const int NegationReach = 30;

    /// <summary>A finding or admission is negated only this close to its verb ("found no such flaw", "did not confirm").</summary>
    public const int ConfirmationNegationReach = 4;

    private static Dictionary<string, ClaimStance> Build(params (ClaimStance Stance, string[] Words)[] groups)
    {
        var verbs = new Dictionary<string, ClaimStance>(StringComparer.OrdinalIgnoreCase);
        foreach (var (stance, words) in groups)
        {
            foreach (var word in words)
            {
                if (!verbs.TryAdd(word, stance))
                {
                    throw new InvalidOperationException($"'{word}' is listed under two stances");
                }
            }
        }

        return verbs;
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);
}
