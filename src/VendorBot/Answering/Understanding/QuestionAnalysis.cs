namespace VendorBot.Answering.Understanding;

/// <summary>What a question is about and what it asks, as <see cref="QuestionAnalyzer"/> understood it.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Entities">The vendors the question names, as the index spells them (typos and case forgiven).</param>
/// <param name="Terms">The content words of the question: not stopwords, casual words, entities or time words.</param>
/// <param name="Names">Words the question writes as names (capitalised inside the sentence, all capitals), not time words.</param>
/// <param name="Years">Years the question names ("in 2023"): constraints on the evidence, never names.</param>
/// <param name="AsksForNow">The question asks about the present ("latest", "still", "now", "in the end").</param>
/// <param name="Asks">What the question asks for.</param>
/// <param name="Refusal">Why the bot must refuse whatever the sources say (a request to take sides or change its rules), else null.</param>
/// <param name="KnownVendors">Every vendor the index knows, so statements about vendors not asked about can be left out.</param>
internal sealed record QuestionAnalysis(
    string Question,
    IReadOnlyList<string> Entities,
    IReadOnlyList<QuestionTerm> Terms,
    IReadOnlyList<string> Names,
    IReadOnlyList<int> Years,
    bool AsksForNow,
    QuestionAsks Asks,
    string? Refusal,
    IReadOnlyList<string> KnownVendors)
{
    /// <summary>The stems of <see cref="Terms"/>, as a set (sentences are matched against it once per sentence).</summary>
    public IReadOnlySet<string> TermStems => field ??= Terms.Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>The text to search with: the question with its misspelt vendor names spelt as the index spells them.</summary>
    public required string SearchText { get; init; }

    /// <summary>
    /// The sides a comparison sets against each other, each as the terms of its name: the vendors it compares, or the
    /// places, agencies or things joined by "vs" ("Spain vs Portugal on Acme"); empty when it compares nothing.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Sides { get; init; } = [];

    /// <summary>The stems of a comparison's yardstick ("which one came out clean"): the reader's to apply, the sources need not use them.</summary>
    public IReadOnlySet<string> Yardstick { get; init; } = new HashSet<string>();

    /// <summary>The stems of what the question leaves out ("besides Ruritania"): the answer is about something else.</summary>
    public IReadOnlySet<string> Excluded { get; init; } = new HashSet<string>();

    /// <summary>
    /// The stems of the party the question asks for a response from, the subject of its stance verb ("did China admit
    /// it" → china); empty when it asks no one's response. A response is that party's statement, not another's.
    /// </summary>
    public IReadOnlySet<string> Responder { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Paraphrases of the question's words (lexicon) for search to look up below the user's own words: the paraphrases
    /// of one word share <see cref="AnsweringLimits.ExpansionWeight"/> of that word's weight between them; the correction
    /// of a typo weighs <see cref="AnsweringLimits.CorrectionWeight"/>.
    /// </summary>
    public IReadOnlyDictionary<string, double> Expansions()
    {
        var expansions = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in Terms)
        {
            if (term.Correction is { } correction)
            {
                expansions[correction] = expansions.GetValueOrDefault(correction) + AnsweringLimits.CorrectionWeight;
            }

            var stems = term.Paraphrases.SelectMany(p => p).Where(s => s != term.Stem).Distinct(StringComparer.Ordinal).ToList();
            foreach (var stem in stems)
            {
                expansions[stem] = expansions.GetValueOrDefault(stem) + (AnsweringLimits.ExpansionWeight / stems.Count);
            }
        }

        return expansions;
    }
}

/// <summary>A content word of a question.</summary>
/// <param name="Stem">Its index stem, as typed.</param>
/// <param name="Surface">As typed.</param>
/// <param name="Paraphrases">Lexicon paraphrases: each the stems of a word or phrase that says the same.</param>
/// <param name="IsStance">A verb of stance ("deny", "admit", "accuse"): it says which side is asked for, not what about;
/// a denial answers "did X admit it?", so the gate does not require the word itself. So is a word of judgement ("was the
/// whistleblower legit?"): the sources' account of the subject is what the reader judges by.</param>
/// <param name="Correction">For a word the index has never seen, the index term it is most likely a typo of
/// (<see cref="Knowledge.Text.TermVocabulary"/>), looked up and credited below the word itself; else null.</param>
internal sealed record QuestionTerm(string Stem, string Surface, IReadOnlyList<IReadOnlyList<string>> Paraphrases, bool IsStance = false, string? Correction = null)
{
    /// <summary>
    /// When the word names an event ("banned", "lawsuit", "fired"), the lexicon's wordings that report it (terms as
    /// written): the question takes the event for granted, so the sources must report it; else null.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>>? EventWordings { get; init; }
}

/// <summary>What a question asks for; several may hold.</summary>
[Flags]
internal enum QuestionAsks
{
    /// <summary>What happened: a plain account.</summary>
    WhatHappened = 0,

    /// <summary>Who accused, reported or found something.</summary>
    Accuser = 1,

    /// <summary>The accused party's response: did it deny, admit, what is its side.</summary>
    Response = 2,

    /// <summary>The outcome: a fine, a ruling, a settlement, where things stand.</summary>
    Outcome = 4,

    /// <summary>A yes/no question.</summary>
    YesNo = 8,

    /// <summary>When something happened.</summary>
    When = 16,

    /// <summary>How much or how many: an amount.</summary>
    HowMuch = 32,

    /// <summary>A comparison of two vendors or figures.</summary>
    Comparison = 64,

    /// <summary>Why: the reason or cause given for something ("why did …", "how come", "what went wrong").</summary>
    Reason = 128,

    /// <summary>Several items of a kind: "which agencies", "what data", "what words" (a plural or a mass noun after which/what).</summary>
    Items = 256,
}
