using System.Globalization;
using VendorBot.Answering.Extractive;
using VendorBot.Answering.Understanding;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Text;

namespace VendorBot.Answering.Relevance;

/// <summary>
/// Decides whether the retrieved passages actually answer the question, before anything is composed or a model is called.
/// <para>
/// Search always returns the best passages it has, even when none is about the question ("What is Hikvision accused
/// of?" finds every passage saying "accused"). The gate works on the <see cref="QuestionAnalysis"/>:
/// </para>
/// <list type="number">
/// <item>A request to take sides or change the rules is refused, whatever the sources say.</item>
/// <item>Vendors are decisive: the evidence is narrowed to the passages about the vendors the question names, and a
/// named vendor no passage is about means the sources do not cover it. So is a name the question capitalises that the
/// evidence lacks, and a year the question names that no passage about the vendors mentions or was published in.</item>
/// <item>The question's topic must be covered, not only its names: words the passages write as names (capitalised
/// inside sentences, like a city) are names, not topic, so "weather in Vilnius" is not covered by a passage that
/// mentions Vilnius. Casual words ("honestly", "stuff") count for nothing, and neither do verbs of stance ("did X
/// admit it?" is answered by X's denial): they choose the facet of the answer, not its topic.</item>
/// <item>Topic words are weighted by idf (BM25's), so a rare word counts more than one in every passage; a word the
/// index has never seen tells nothing about the corpus (a paraphrase, slang, or off-topic) and gets the mean weight of
/// the known words; a typo weighs what the index term it was corrected to weighs. A word is covered by itself, by its
/// typo correction at <see cref="AnsweringLimits.CorrectionWeight"/>, or by a lexicon paraphrase in the evidence at
/// <see cref="AnsweringLimits.ParaphraseCredit"/>.</item>
/// <item>One document about the vendors (its retrieved passages with its title) must cover at least
/// <see cref="AnsweringLimits.MinimumCoverage"/> of the topic's weight: words found across unrelated documents do not
/// add up to an answer ("good", "places" and "Atlanta" in three different stories).</item>
/// </list>
/// </summary>
internal sealed class RelevanceGate(ITermStatistics statistics)
{
    /// <summary>Judges <paramref name="evidence"/> (best first) against the analysed question.</summary>
    public async Task<RelevanceVerdict> AssessAsync(QuestionAnalysis question, IReadOnlyList<SearchHit> evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(evidence);
        if (question.Refusal is { } refusal)
        {
            return Decline("the question asks the bot to take a side or change its rules") with { Refusal = refusal };
        }

        if (question.Terms.Count == 0 && question.Entities.Count == 0 && question.Names.Count == 0)
        {
            return Decline("the question has no words to look up");
        }

        if (evidence.Count == 0)
        {
            return Decline("nothing in the sources matches the question");
        }

        var about = evidence;
        foreach (var entity in question.Entities)
        {
            if (!evidence.Any(hit => IsAbout(hit, entity)))
            {
                return Decline($"the sources say nothing about {entity}");
            }
        }

        if (question.Entities.Count > 0)
        {
            about = [.. evidence.Where(hit => question.Entities.Any(entity => IsAbout(hit, entity)))];
        }

        var missingName = question.Names.FirstOrDefault(name => !TextAnalyzer.Terms(name).Select(TextAnalyzer.Stem).All(stem => Has(about, stem)));
        if (missingName is not null)
        {
            return Decline($"the sources say nothing about {missingName}");
        }

        var missingYear = question.Years.FirstOrDefault(year => !about.Any(hit => Mentions(hit, year)));
        if (missingYear != 0)
        {
            return Decline(string.Create(CultureInfo.InvariantCulture, $"the sources say nothing about {Subject(question)} in {missingYear}"));
        }

        if (question.Terms.FirstOrDefault(term => !Reports(about, term)) is { } unreported)
        {
            return Decline($"the sources don't report “{unreported.Surface}” for {Subject(question)}");
        }

        var topic = question.Terms.Where(t => !t.IsStance && !IsNameInEvidence(t.Stem, about)).ToList();
        var counts = await statistics.CountAsync([.. question.Terms.Select(t => t.Stem).Concat(question.Terms.Select(t => t.Correction).OfType<string>())], cancellationToken)
            .ConfigureAwait(false);
        var weights = Weigh(question.Terms, counts);

        // A comparison's yardstick ("which one got hit harder", "which came out clean") is the reader's to apply to
        // each vendor's facts: words that nothing about any of the compared vendors addresses do not count against it,
        // as long as the question asks about something the sources hold (a topic word, a name they write, a side taken).
        // Its "which …" clause is the yardstick: it counts only when it is all the question asks.
        if (question.Asks.HasFlag(QuestionAsks.Comparison))
        {
            topic = WithoutYardstick(topic, question.Yardstick);
            var held = topic.Where(t => Coverage([t], weights, about) > 0).ToList();
            if (held.Count > 0 || question.Terms.Any(t => t.IsStance || IsNameInEvidence(t.Stem, about)))
            {
                topic = held;
            }
        }

        if (topic.Count == 0)
        {
            return question.Entities.Count > 0 || question.Names.Count > 0
                ? Cover("the sources are about what the question names", 1, ScoringWeights(question, weights), about)
                : Decline("the question has no words to look up");
        }

        // One document about the vendors must cover the question: words found across unrelated passages do not add up.
        // A comparison of vendors needs such a document for each of them.
        var byDocument = about
            .GroupBy(hit => hit.Document.Id, StringComparer.Ordinal)
            .Select(document => document.ToList())
            .Select(hits => (Hits: hits, Coverage: Coverage(topic, weights, hits)))
            .ToList();
        var coverage = question.Entities.Count < 2
            ? byDocument.Max(d => d.Coverage)
            : question.Entities.Min(entity => byDocument.Where(d => d.Hits.Exists(hit => IsAbout(hit, entity))).Select(d => d.Coverage).DefaultIfEmpty(0).Max());
        var scoring = ScoringWeights(question, weights);
        if (coverage >= AnsweringLimits.MinimumCoverage && MissingFact(question, topic, weights, about) is { } missing)
        {
            return Decline(missing, coverage, scoring);
        }

        if (coverage >= AnsweringLimits.MinimumCoverage)
        {
            return Cover(string.Create(CultureInfo.InvariantCulture, $"the sources cover {coverage:P0} of the question"), coverage, scoring, about);
        }

        // The reader is told in words what is missing; the coverage figure stays in the verdict (--json, the log).
        var best = byDocument.MaxBy(d => d.Coverage).Hits;
        return Decline(Missing(topic, weights, best, string.Join(" and ", question.Entities)), coverage, scoring);
    }

    private static List<QuestionTerm> WithoutYardstick(List<QuestionTerm> topic, IReadOnlySet<string> yardstick)
    {
        var rest = topic.Where(t => !yardstick.Contains(t.Stem)).ToList();
        return rest.Count > 0 ? rest : topic;
    }

    // "the sources found don't address “fine” or “court” for Norvatel": the weightiest question words the best document lacks.
    private static string Missing(List<QuestionTerm> topic, Dictionary<string, double> weights, List<SearchHit> document, string subject)
    {
        var missing = topic
            .Where(term => !Has(document, term.Stem))
            .OrderByDescending(term => weights[term.Stem])
            .Select(term => $"“{term.Surface}”")
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(3)
            .ToList();
        var about = string.IsNullOrEmpty(subject) ? string.Empty : $" for {subject}";
        return missing.Count == 0
            ? $"the sources found don't address what the question asks{about}"
            : $"the sources found don't address {string.Join(" or ", missing)}{about}";
    }

    // "How much…" and "when…" ask for a fact: a passage about the question's weightiest word (or a paraphrase of it)
    // must give an amount (or a date); else the sources do not give it, whatever else they say.
    private static string? MissingFact(QuestionAnalysis question, List<QuestionTerm> topic, Dictionary<string, double> weights, IReadOnlyList<SearchHit> about)
    {
        var facet = question.Asks.HasFlag(QuestionAsks.HowMuch) ? SentenceFacets.Amount
            : question.Asks.HasFlag(QuestionAsks.When) ? SentenceFacets.Date
            : SentenceFacets.None;
        if (facet == SentenceFacets.None || topic.Count == 0)
        {
            return null;
        }

        var key = topic.MaxBy(t => weights[t.Stem])!;
        foreach (var hit in about)
        {
            var stems = EvidenceText.Words(hit.Document.Title + "\n" + hit.Passage.HeadingPath + "\n" + hit.Passage.Text).Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
            if (!stems.Contains(key.Stem) && !key.Paraphrases.Any(p => p.All(stems.Contains)))
            {
                continue;
            }

            if (EvidenceText.Sentences(hit).Any(sentence => sentence.Cues.HasFlag(facet)))
            {
                return null;
            }
        }

        var what = facet == SentenceFacets.Amount ? "no amount" : "no date";
        return $"the sources give {what} for “{key.Surface}”";
    }

    // A word naming an event ("banned", "fired") is reported by a passage about the vendors that has the word itself
    // (or its typo correction) or one of the event's wordings as written: the question takes the event for granted.
    private static bool Reports(IReadOnlyList<SearchHit> about, QuestionTerm term) =>
        term.EventWordings is not { } wordings
        || Has(about, term.Stem)
        || term.Correction is { } correction && Has(about, correction)
        || about.Any(hit => wordings.Any(wording => TextAnalyzer.ContainsRun(EvidenceText.TitledTerms(hit), wording)));

    // The share of the topic's weight one document (its hits) covers.
    private static double Coverage(List<QuestionTerm> topic, Dictionary<string, double> weights, IReadOnlyList<SearchHit> document)
    {
        var total = 0.0;
        var covered = 0.0;
        foreach (var term in topic)
        {
            var weight = weights[term.Stem];
            total += weight;
            covered += Has(document, term.Stem) ? weight
                : term.Correction is { } correction && Has(document, correction) ? weight * AnsweringLimits.CorrectionWeight
                : term.Paraphrases.Any(p => p.All(stem => Has(document, stem))) ? weight * AnsweringLimits.ParaphraseCredit : 0;
        }

        return total > 0 ? covered / total : 0;
    }

    // True when a hit's title or text has the stem (the stems of each hit are memoised).
    private static bool Has(IReadOnlyList<SearchHit> hits, string stem)
    {
        foreach (var hit in hits)
        {
            if (EvidenceText.TitledStems(hit).ContainsKey(stem))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="hit"/> is about <paramref name="vendor"/>: its document's vendors, or its text names it.</summary>
    public static bool IsAbout(SearchHit hit, string vendor) =>
        hit.Document.Vendors.Contains(vendor, StringComparer.OrdinalIgnoreCase) || TextAnalyzer.ContainsRun(EvidenceText.TitledTerms(hit), TextAnalyzer.Terms(vendor));

    private static string Subject(QuestionAnalysis question) =>
        question.Entities.Count > 0 ? string.Join(" and ", question.Entities)
        : question.Names.Count > 0 ? string.Join(" and ", question.Names)
        : "this";

    private static bool Mentions(SearchHit hit, int year) =>
        hit.Document.PublishedOn?.Year == year || TextAnalyzer.Terms(hit.Passage.Text).Contains(year.ToString(CultureInfo.InvariantCulture));

    // A word the evidence writes capitalised inside its sentences (a place, a person, an agency) names something.
    private static bool IsNameInEvidence(string stem, IReadOnlyList<SearchHit> hits)
    {
        var (occurrences, names) = (0, 0);
        foreach (var hit in hits)
        {
            var found = EvidenceText.TitledStems(hit).GetValueOrDefault(stem);
            (occurrences, names) = (occurrences + found.Count, names + found.Names);
        }

        return occurrences > 0 && names * 3 >= occurrences * 2;
    }

    private static Dictionary<string, double> Weigh(IReadOnlyList<QuestionTerm> terms, TermCounts counts)
    {
        var n = (double)counts.PassageCount;
        var known = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var df = counts.DocumentFrequency.GetValueOrDefault(term.Stem);
            df = df > 0 || term.Correction is null ? df : counts.DocumentFrequency.GetValueOrDefault(term.Correction);
            if (df > 0)
            {
                known[term.Stem] = Idf(n, df);
            }
        }

        var unknownWeight = known.Count > 0 ? known.Values.Average() : 1.0;
        return terms.ToDictionary(t => t.Stem, t => known.GetValueOrDefault(t.Stem, unknownWeight), StringComparer.Ordinal);
    }

    private static double Idf(double n, double df) => Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));

    // The composer scores sentences by these: the question's words, then their paraphrases at a lower weight.
    private static Dictionary<string, double> ScoringWeights(QuestionAnalysis question, Dictionary<string, double> weights)
    {
        var scoring = new Dictionary<string, double>(weights, StringComparer.Ordinal);

        // The names asked count a little, so a question that is only names ("what was Norvatel doing?") still scores.
        var nameWeight = (weights.Count > 0 ? weights.Values.Average() : 1.0) * AnsweringLimits.ParaphraseCredit / 2;
        foreach (var stem in question.Entities.Concat(question.Names).SelectMany(TextAnalyzer.Terms).Select(TextAnalyzer.Stem))
        {
            scoring.TryAdd(stem, nameWeight);
        }

        foreach (var term in question.Terms)
        {
            if (term.Correction is { } correction)
            {
                scoring.TryAdd(correction, weights[term.Stem] * AnsweringLimits.CorrectionWeight);
            }

            foreach (var stem in term.Paraphrases.Where(p => p.Count == 1).Select(p => p[0]))
            {
                scoring.TryAdd(stem, weights[term.Stem] * AnsweringLimits.ParaphraseCredit);
            }
        }

        return scoring;
    }

    private static RelevanceVerdict Cover(string reason, double coverage, IReadOnlyDictionary<string, double> weights, IReadOnlyList<SearchHit> evidence) =>
        new(true, reason, coverage, weights) { Evidence = evidence };

    private static RelevanceVerdict Decline(string reason, double coverage = 0, IReadOnlyDictionary<string, double>? weights = null) =>
        new(false, reason, coverage, weights ?? new Dictionary<string, double>());
}
