using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using VendorBot.Answering.Relevance;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Claims;
using VendorBot.Knowledge.Text;

namespace VendorBot.Answering.Understanding;

/// <summary>
/// Understands a question before anything is searched: which vendors it names (matched case-insensitively against
/// the index's vendors, typos within <see cref="EditDistance.TypoLimit"/> forgiven for words the index has never
/// seen, the vendor with most documents winning a tie), its content words with their paraphrases from the
/// <see cref="Lexicon"/> and, for a word the index has never seen, the index term it is a typo of (<see cref="TermVocabulary"/>), its time constraints (years, "latest", "still", "now": filters and boosts, never names),
/// what it asks (who accused, the response, the outcome, an amount, a date, a comparison) and whether it asks the
/// bot to take a side or drop its rules, which is refused whatever the sources say.
/// </summary>
internal sealed partial class QuestionAnalyzer(ITermStatistics statistics)
{
    /// <summary>The refusal given to requests to take sides or to change how the bot answers.</summary>
    public const string RefusalText =
        "I only answer from my sources, quoting and citing them: I can't take a side, judge anyone guilty, or change those rules";

    private static readonly FrozenSet<string> TimeWords = FrozenSet.ToFrozenSet(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "year", "years", "month", "months", "week",
        "weeks", "day", "days", "ago", "since", "first", "last", "earlier", "later", "initially", "originally", "before", "after",
    ]);

    private static readonly FrozenSet<string> NowWords = FrozenSet.ToFrozenSet(
    [
        "now", "currently", "current", "latest", "still", "today", "recent", "recently", "anymore", "nowadays", "update",
        "updates", "status", "stand", "stands", "finally", "eventually", "ultimately",
    ]);

    private static readonly FrozenSet<string> MassNouns = FrozenSet.ToFrozenSet(["data", "information", "people", "evidence"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ItemsVerbs = FrozenSet.ToFrozenSet(["happens", "means", "makes", "goes", "gets", "says", "seems", "counts", "matters"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> StanceStems = TextAnalyzer.Terms(
        "accuse accused accusation accusations allege alleged allegation allegations claim claims claimed deny denied denies denial admit admits admitted " +
        "confirm confirmed acknowledge acknowledged reject rejected dispute disputed rebut refute respond responded response react reacted reaction " +
        "blame blamed concede conceded apologise apologised apologize apologized")
        .Select(TextAnalyzer.Stem).ToFrozenSet(StringComparer.Ordinal);

    // The vendors' terms, once per vendor list (the statistics hand out one list per index generation).
    private static readonly ConditionalWeakTable<IReadOnlyList<VendorDocumentCount>, List<(string Vendor, IReadOnlyList<string> Terms)>> VendorTerms = new();

    private const int ShortestAbbreviation = 2;
    private const int LongestAbbreviation = 4;

    private readonly Lexicon _lexicon = Lexicon.Default;

    /// <summary>Analyses <paramref name="question"/> against what the index knows.</summary>
    public async Task<QuestionAnalysis> AnalyzeAsync(string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var words = TextAnalyzer.Words(question);
        var vendors = await statistics.VendorsAsync(cancellationToken).ConfigureAwait(false);
        var content = words.Where(w => !w.IsStopword).ToList();
        var counts = await statistics.CountAsync(content.Select(w => w.Stem).Distinct(StringComparer.Ordinal).ToList(), cancellationToken)
            .ConfigureAwait(false);

        var (entities, entityWords, corrections) = MatchVendors(words, vendors, counts, _lexicon);
        var lower = question.ToLowerInvariant();
        var years = content.Where(w => IsYear(w.Term)).Select(w => int.Parse(w.Term, CultureInfo.InvariantCulture)).Distinct().ToList();
        var asksForNow = words.Any(w => NowWords.Contains(w.Term)) || InTheEnd().IsMatch(lower);
        var topical = content
            .Where(w => !entityWords.Contains(w.Start) && !TimeWords.Contains(w.Term) && !NowWords.Contains(w.Term) && !IsYear(w.Term))
            .Where(w => !_lexicon.IsCasual(w.Stem))
            .ToList();

        // A word the index has never seen may be a typo of one it has ("survelance"): looked up below the word itself.
        // A word of the lexicon is understood as it is, through its paraphrases.
        var unseen = topical.Where(w => counts.DocumentFrequency.GetValueOrDefault(w.Stem) == 0 && _lexicon.Paraphrases(w.Stem).Count == 0).ToList();
        var vocabulary = unseen.Count > 0 ? await statistics.VocabularyAsync(cancellationToken).ConfigureAwait(false) : TermVocabulary.Empty;
        var terms = topical
            .GroupBy(w => w.Stem, StringComparer.Ordinal)
            .Select(g => Term(g.Key, g.First(), unseen.Contains(g.First()) ? vocabulary.Correct(g.First().Term) : null))
            .ToList();
        var names = words.Where(w => w.IsName && !TimeWords.Contains(w.Term) && !entityWords.Contains(w.Start)).Select(w => w.Surface)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var searchText = corrections.Aggregate(question, (text, c) => Regex.Replace(text, $@"\b{Regex.Escape(c.Typed)}\b", c.Vendor.Replace("$", "$$", StringComparison.Ordinal)));
        var sides = QuestionSides.Sides(question, words, entities, ComparisonCue().IsMatch(lower));
        var asks = Asks(lower, entities.Count, sides.Count, asksForNow);
        return new QuestionAnalysis(question, entities, terms, names, years, asksForNow, asks, Refusal(lower), [.. vendors.Select(v => v.Vendor)])
        {
            SearchText = searchText,
            Sides = sides,
            Yardstick = asks.HasFlag(QuestionAsks.Comparison) ? QuestionSides.Yardstick(question, words) : new HashSet<string>(),
            Excluded = QuestionSides.Excluded(question, words),
            Responder = Responder(question, corrections),
        };
    }

    // The party a question asks for a response from: the subject of its stance verb ("did China admit …", "has the
    // vendor ever denied …", "what did Quellink say"), by stem, with a misspelt vendor's own spelling; empty when the
    // question asks no one's response or names them only by a stand-in ("did they deny it").
    private static IReadOnlySet<string> Responder(string question, List<(string Typed, string Vendor)> corrections)
    {
        if (ResponderCue().Match(question) is not { Success: true } match)
        {
            return FrozenSet<string>.Empty;
        }

        var phrase = match.Groups["who"].Value;
        var stems = TextAnalyzer.Words(phrase).Where(w => !w.IsStopword && !ClaimLexicon.VendorStandIns.Contains(w.Term)).Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
        foreach (var (typed, vendor) in corrections.Where(c => phrase.Contains(c.Typed, StringComparison.OrdinalIgnoreCase)))
        {
            stems.UnionWith(TextAnalyzer.Words(vendor).Select(w => w.Stem));
        }

        return stems;
    }

    private QuestionTerm Term(string stem, Word word, string? correction)
    {
        var paraphrases = _lexicon.Paraphrases(stem);
        var corrected = correction ?? stem;
        return new QuestionTerm(
            stem,
            word.Surface,
            paraphrases.Count > 0 ? paraphrases : _lexicon.Paraphrases(corrected),
            StanceStems.Contains(stem) || StanceStems.Contains(corrected) || _lexicon.IsJudgement(stem),
            correction)
        {
            EventWordings = _lexicon.EventWordings(stem) ?? _lexicon.EventWordings(corrected),
        };
    }

    private static (List<string> Entities, HashSet<int> EntityWords, List<(string Typed, string Vendor)> Corrections) MatchVendors(
        IReadOnlyList<Word> words, IReadOnlyList<VendorDocumentCount> vendors, TermCounts counts, Lexicon lexicon)
    {
        var entities = new List<string>();
        var entityWords = new HashSet<int>();
        var corrections = new List<(string, string)>();
        var vendorTerms = VendorTerms.GetValue(vendors, list => list.Select(v => (v.Vendor, Terms: TextAnalyzer.Terms(v.Vendor))).Where(v => v.Terms.Count > 0).ToList());
        for (var i = 0; i < words.Count; i++)
        {
            if (entityWords.Contains(words[i].Start) || words[i].IsStopword && !words[i].IsName)
            {
                continue;
            }

            // Longest exact match first ("Delta Air Lines", "TP-Link"), then a vendor's distinctive first word
            // ("Delta"), then the words written together ("tplink"), then a typo of a word the index never saw.
            var match = vendorTerms
                .Where(v => i + v.Terms.Count <= words.Count && Enumerable.Range(0, v.Terms.Count).All(k => words[i + k].Term == v.Terms[k]))
                .OrderByDescending(v => v.Terms.Count)
                .Select(v => (v.Vendor, Length: v.Terms.Count))
                .FirstOrDefault();
            match = match.Vendor is not null
                ? match
                : vendorTerms.Where(v => v.Terms.Count > 1 && v.Terms[0].Length >= 4 && v.Terms[0] == words[i].Term).Select(v => (v.Vendor, Length: 1)).FirstOrDefault();
            match = match.Vendor is not null
                ? match
                : vendorTerms.Where(v => v.Terms.Count > 1 && string.Concat(v.Terms) == words[i].Term).Select(v => (v.Vendor, Length: 1)).FirstOrDefault();

            // An abbreviation, searched as the name it stands for: see Abbreviation.
            if (match.Vendor is null && Abbreviation(words[i], counts, lexicon, vendorTerms) is { Vendor: not null } abbreviation)
            {
                match = abbreviation;
                corrections.Add((words[i].Surface, abbreviation.Vendor));
            }

            if (match.Vendor is null && counts.DocumentFrequency.GetValueOrDefault(words[i].Stem) == 0)
            {
                var limit = EditDistance.TypoLimit(words[i].Term.Length);
                match = vendorTerms
                    .Select(v => (v.Vendor, Distance: EditDistance.Between(words[i].Term, string.Concat(v.Terms), limit)))
                    .Where(v => v.Distance <= limit)
                    .OrderBy(v => v.Distance)
                    .Select(v => (v.Vendor, Length: 1))
                    .FirstOrDefault();
                if (match.Vendor is not null)
                {
                    corrections.Add((words[i].Surface, match.Vendor));
                }
            }

            if (match.Vendor is null)
            {
                continue;
            }

            if (!entities.Contains(match.Vendor, StringComparer.OrdinalIgnoreCase))
            {
                entities.Add(match.Vendor);
            }

            for (var k = 0; k < match.Length; k++)
            {
                entityWords.Add(words[i + k].Start);
            }
        }

        return (entities, entityWords, corrections);
    }

    // An abbreviation of one vendor's name: in capitals, the initials of its words ("CA" for "Cambridge Analytica");
    // in any case, a short word the index has never seen whose letters are its initials or occur in its name in order
    // from its first ("fb" for "Facebook"), when exactly one vendor fits.
    private static (string Vendor, int Length) Abbreviation(
        Word word, TermCounts counts, Lexicon lexicon, List<(string Vendor, IReadOnlyList<string> Terms)> vendorTerms)
    {
        var term = word.Term;
        if (word.IsName && !word.Surface.Any(char.IsLower)
            && vendorTerms.Where(v => v.Terms.Count > 1 && Initials(v.Terms) == term).Select(v => (v.Vendor, Length: 1)).FirstOrDefault() is { Vendor: not null } initials)
        {
            return initials;
        }

        if (term.Length is < ShortestAbbreviation or > LongestAbbreviation || !term.All(char.IsAsciiLetter)
            || counts.DocumentFrequency.GetValueOrDefault(word.Stem) > 0 || lexicon.IsCasual(word.Stem))
        {
            return default;
        }

        var shortened = vendorTerms
            .Where(v => v.Terms.Count > 1 && Initials(v.Terms) == term || Shortens(term, string.Concat(v.Terms)))
            .Select(v => v.Vendor)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return shortened.Count == 1 ? (shortened[0], 1) : default;
    }

    private static string Initials(IReadOnlyList<string> terms) => string.Concat(terms.Select(t => t[0]));

    // True when the letters of an abbreviation occur in the name in order, starting with its first letter, and the name is longer.
    private static bool Shortens(string abbreviation, string name)
    {
        if (name.Length <= abbreviation.Length + 1 || name[0] != abbreviation[0])
        {
            return false;
        }

        var next = 1;
        for (var k = 1; k < name.Length && next < abbreviation.Length; k++)
        {
            next += name[k] == abbreviation[next] ? 1 : 0;
        }

        return next == abbreviation.Length;
    }

    // "Is it still…?" asks for the outcome; "did X do it?" about a vendor asks for X's response as well as the claim.
    private static QuestionAsks Asks(string lower, int entityCount, int sideCount, bool asksForNow)
    {
        var asks = asksForNow ? QuestionAsks.Outcome : QuestionAsks.WhatHappened;
        if (AccuserCue().IsMatch(lower))
        {
            asks |= QuestionAsks.Accuser;
        }

        if (ResponseCue().IsMatch(lower))
        {
            asks |= QuestionAsks.Response;
        }

        if (OutcomeCue().IsMatch(lower))
        {
            asks |= QuestionAsks.Outcome;
        }

        if (YesNoCue().IsMatch(lower))
        {
            asks |= entityCount > 0 ? QuestionAsks.YesNo | QuestionAsks.Response : QuestionAsks.YesNo;
        }

        if (WhenCue().IsMatch(lower))
        {
            asks |= QuestionAsks.When;
        }

        if (HowMuchCue().IsMatch(lower))
        {
            asks |= QuestionAsks.HowMuch;
        }

        if (ReasonCue().IsMatch(lower))
        {
            asks |= QuestionAsks.Reason;
        }

        if (AsksForItems(lower))
        {
            asks |= QuestionAsks.Items;
        }

        // Two sides are compared when the question names two vendors and compares, or joins two phrases by "vs"; a
        // comparative yardstick ("which got hit harder") asks for the figures each side's facts give.
        if (sideCount >= 2)
        {
            asks |= Comparative().IsMatch(lower) ? QuestionAsks.Comparison | QuestionAsks.HowMuch : QuestionAsks.Comparison;
        }

        return asks;
    }

    // "Which agencies", "what data": which/what before a noun that is plural or names a mass of things, not before a
    // function word ("what was", "what does") or a verb that ends in -s ("what happens").
    private static bool AsksForItems(string lower) =>
        ItemsCue().Matches(lower).Any(m => m.Groups[1].Value is var noun && !Stopwords.Contains(noun) && !ItemsVerbs.Contains(noun)
            && (MassNouns.Contains(noun) || (noun.Length > 3 && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) && !noun.EndsWith("us", StringComparison.Ordinal))));

    private static string? Refusal(string lower) => RulesCue().IsMatch(lower) || SidesCue().IsMatch(lower) ? RefusalText : null;

    private static bool IsYear(string term) => term.Length == 4 && term[0] is '1' or '2' && term.All(char.IsAsciiDigit) && term[..2] is "19" or "20";

    [GeneratedRegex(@"\bin the end\b|\bend(ed)? up\b|\bthese days\b|\bso far\b")]
    private static partial Regex InTheEnd();

    [GeneratedRegex(@"\bwho\b.*\b(accus|alleg|found|find|discover|reveal|report|said|say|claim|blame|behind|expos|uncover|flag|warn)|\baccording to whom\b|\bwho (first|originally)\b")]
    private static partial Regex AccuserCue();

    [GeneratedRegex(@"\b(den(y|ied|ies|ial)|admit|acknowledg|confirm|respond|response|react|reply|replied|push(ed)? back|rebut|refut|disput|reject|apolog|defend|side of|their side|its side|say about|said about|comment|own up|owned up|fess)|\bwhat did \w+( \w+)? (say|tell)\b|\bwhat does \w+( \w+)? say\b")]
    private static partial Regex ResponseCue();

    [GeneratedRegex(@"\b(latest|now|still|outcome|result|happened|status|update|stand|end(ed)? up|in the end|final|fine[ds]?|settle|settlement|ruling|ruled|decid|verdict|judge|court|penalt|punish|consequence|trouble|resolved|changed?|after)\b")]
    private static partial Regex OutcomeCue();

    [GeneratedRegex(@"^\W*(?:did|does|do|has|have|had|will|would)\s+(?<who>\S+(?:\s+\S+){0,3}?)\s+(?:(?:ever|really|actually|publicly|officially|even|not|never|already|finally)\s+)*(?:den(?:y|ied|ies)|admit|acknowledg|confirm|concede|respond|react|repl(?:y|ied)|rebut|refut|disput|reject|apologi[sz]|defend|comment|own(?:ed)? up|push(?:ed)? back|say|said|explain)|\bwhat (?:did|does|has) (?<who>\S+(?:\s+\S+){0,3}?) (?:say|said|tell|told|respond|reply)\b|\bhow did (?<who>\S+(?:\s+\S+){0,3}?) (?:respond|react|reply)\b|\b(?<who>[\w-]+)(?:'s|’s|s') (?:side|response|reaction|answer|denial|defen[cs]e)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResponderCue();

    [GeneratedRegex(@"^\W*(did|does|do|is|was|were|are|has|have|had|can|could|will|would|should)\b")]
    private static partial Regex YesNoCue();

    [GeneratedRegex(@"\bwhy\b|\bhow come\b|\bwhat (was|is|went) (\w+ )?wrong\b|\bfor what reason\b|\bwhat (caused|led to)\b")]
    private static partial Regex ReasonCue();

    [GeneratedRegex(@"\b(?:which|what)\s+([a-z]+)\b")]
    private static partial Regex ItemsCue();

    [GeneratedRegex(@"\bwhen\b|\bwhat (year|date|month|day)\b|\bhow long\b")]
    private static partial Regex WhenCue();

    [GeneratedRegex(@"\bhow (much|many|big|large|high|low|long)\b|\bwhat (amount|sum|figure|number)\b|\bhow \w+ (fine|penalty|settlement)\b|\bmarket share\b|\bshare of\b|\bcost\b")]
    private static partial Regex HowMuchCue();

    [GeneratedRegex(@"\bvs\.?\b|\bversus\b|\bcompar|\bwhich (one|of them|company|vendor)\b|\bboth\b|\bdifferen|\beach\b|\bharder\b|\bmore than\b")]
    private static partial Regex ComparisonCue();

    [GeneratedRegex(@"\bwhich\b.*\b(harder|hardest|bigger|biggest|larger|largest|higher|highest|heavier|heaviest|greater|tougher|toughest|steeper|more|most|less|least|fewer|worse|worst)\b")]
    private static partial Regex Comparative();

    [GeneratedRegex(@"\bignore (all |any |your |the |my |previous |prior |above |earlier )*(instruction|rule|document|source|prompt|guideline|citation)|\b(admin|developer|god|debug|jailbreak) mode\b|^\W*system\s*:|\byou are now\b|\bpretend (to be|you)\b|\bact as\b|\bdon'?t cite\b|\bwithout (any )?(citation|source)|\bno citations?\b|\bprint (the )?(full|whole|entire) (text|document)|\bforget (your|the) (rules|instructions)\b|\bjust (say|tell me|admit|confirm)\b")]
    private static partial Regex RulesCue();

    [GeneratedRegex(@"\b(take|pick|choose) (a |my |our |their |one )?side\b|\bwhose side\b|\byour (own |personal |honest )?(opinion|view|take)\b|\bdo you (think|believe|agree|feel)\b|\bwho('s| is) (right|wrong|lying|to blame)\b|\bsay (that )?\w+( \w+)? is (guilty|lying|evil|spyware)\b")]
    private static partial Regex SidesCue();
}
