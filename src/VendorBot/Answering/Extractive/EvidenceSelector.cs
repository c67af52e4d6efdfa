using System.Buffers;
using System.Collections.Frozen;
using VendorBot.Answering.Understanding;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Claims;
using VendorBot.Knowledge.Text;

namespace VendorBot.Answering.Extractive;

/// <summary>
/// Chooses the sentences an answer quotes, for the facets the question asks and across documents:
/// <list type="bullet">
/// <item>Only about the vendors asked: a sentence that names another vendor and none of those asked never appears, nor
/// does a sentence of a document about other vendors that names none of those asked ("the company denied…").</item>
/// <item>Scored by the idf weights of the question's words (paraphrases lower) plus a bonus for each facet asked that
/// the sentence serves: the accused's response, the outcome, who made a claim, an amount, a date.</item>
/// <item>Diverse: each document with a strong sentence gives its best one before any gives a second; the same fact
/// from two sources once (near-duplicate sentences are skipped), at most
/// <see cref="AnsweringLimits.MaxSentencesPerDocument"/> sentences from one document.</item>
/// <item>Complete: each facet asked is served when any relevant sentence serves it; an allegation comes with the
/// response the evidence holds, a response with the allegation; a quoted sentence comes with the next one when that
/// refers back to it ("that assumption") or corrects it ("what it actually uses").</item>
/// <item>Current: about "latest / still / now" the newest relevant document (not merely the newest: an off-topic
/// newer document about the same vendor is not relevant) leads, with its lede when that states its news.</item>
/// </list>
/// </summary>
internal static class EvidenceSelector
{
    private const int CorrectionWindow = 5;

    // A sentence about what the question leaves out ("besides X") keeps this share of its score.
    private const double ExcludedShare = 0.25;

    private const int QuantityReach = 3;

    private const int AntecedentReach = 2;

    private static readonly FrozenSet<string> PersonPronouns = FrozenSet.ToFrozenSet(["he", "she"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Corrections = FrozenSet.ToFrozenSet(["however", "but", "yet", "actually", "instead"], StringComparer.Ordinal);

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",;:—()“”\"");

    private static readonly FrozenSet<string> Demonstratives = FrozenSet.ToFrozenSet(["this", "that", "these", "those"], StringComparer.Ordinal);

    /// <summary>The sentences to quote, in the order to show them.</summary>
    public static IReadOnlyList<ScoredSentence> Select(QuestionAnalysis question, IReadOnlyList<SearchHit> evidence, IReadOnlyDictionary<string, double> weights)
    {
        var sentences = Score(question, evidence, weights);
        var relevant = sentences.Where(s => s.Score > 0).OrderByDescending(s => s.Score).ThenBy(s => s.Rank).ThenBy(s => s.Span.Start).ToList();
        if (relevant.Count == 0)
        {
            return [];
        }

        // Across documents: each document with a sentence above the threshold gives its best one before any gives a
        // second, so an answer that needs two sources gets both.
        var chosen = new List<ScoredSentence>();
        var threshold = relevant[0].Score * AnsweringLimits.SecondarySentenceShare;
        var strong = relevant.Where(s => s.Score >= threshold).ToList();
        var bestPerDocument = strong.GroupBy(s => s.Hit.Document.Id, StringComparer.Ordinal).Select(g => g.First()).ToList();
        foreach (var sentence in bestPerDocument.Concat(strong.Except(bestPerDocument)))
        {
            if (chosen.Count >= AnsweringLimits.MaxQuotedSentences)
            {
                break;
            }

            TryAdd(chosen, sentence);
        }

        foreach (var facet in AskedFacets(question.Asks))
        {
            if (!chosen.Exists(s => s.Facets.HasFlag(facet)) && relevant.Find(s => s.Facets.HasFlag(facet) && (s.TopicScore > 0 || s.NamesEntity)) is { } serving)
            {
                MakeRoomInItsDocument(chosen, serving, question.Asks);
                TryAdd(chosen, serving);
            }
        }

        CoverEachSide(chosen, relevant, question);
        PairClaimAndResponse(chosen, relevant);
        if (question.AsksForNow && Newest(relevant, sentences) is { } newest)
        {
            chosen.RemoveAll(s => s.Text == newest.Text);
            chosen.Insert(0, newest);
            chosen = [chosen[0], .. chosen.Skip(1).OrderByDescending(s => s.Hit.Document.PublishedOn)];
        }

        return WithSentencesReferringBack(question, chosen.Take(AnsweringLimits.MaxQuotedSentences + 1).ToList(), sentences);
    }

    // A sentence that right after a quoted one refers back to it by a demonstrative and one of its nouns ("For years the
    // assumption was X." "That assumption was mistaken.") or corrects it with a contrast early on ("However", "What it
    // actually uses is") completes it: it is quoted with it, whatever its own words (quoting a claim without the
    // correction that follows it would mislead). Asked why, a quoted sentence that gives no reason comes with the next
    // one when that gives it ("Cook refused." "In his view, doing so would ..."). A quoted sentence whose subject is "he"
    // or "she" comes after the sentence before it that names them, when no speaker note does.
    private static List<ScoredSentence> WithSentencesReferringBack(QuestionAnalysis question, List<ScoredSentence> chosen, List<ScoredSentence> all)
    {
        var result = new List<ScoredSentence>();
        foreach (var sentence in chosen)
        {
            if (Antecedent(sentence, all) is { } antecedent && !chosen.Contains(antecedent) && !result.Contains(antecedent))
            {
                result.Add(antecedent);
            }

            result.Add(sentence);
            var next = EvidenceText.Sentences(sentence.Hit).FirstOrDefault(s => s.Span.Start > sentence.Span.Start);
            if (next is not null
                && all.Find(s => s.Rank == sentence.Rank && s.Span == next.Span) is { } follow
                && (RefersBack(next.Words, sentence.Stems) || Corrects(next.Terms) || GivesReasonAsked(question, sentence, follow))
                && !chosen.Contains(follow)
                && !result.Contains(follow))
            {
                result.Add(follow);
            }
        }

        return result;
    }

    private static bool GivesReasonAsked(QuestionAnalysis question, ScoredSentence sentence, ScoredSentence next) =>
        question.Asks.HasFlag(QuestionAsks.Reason) && sentence.TopicScore > 0 && !sentence.Facets.HasFlag(SentenceFacets.Reason) && next.Facets.HasFlag(SentenceFacets.Reason);

    // The sentence that names whom a quoted sentence's "he" or "she" stands for: the nearest of the AntecedentReach
    // sentences before it in its passage that names someone (a time word such as a month is no one).
    private static ScoredSentence? Antecedent(ScoredSentence sentence, List<ScoredSentence> all)
    {
        var analysed = EvidenceText.Sentence(sentence.Hit, sentence.Span);
        if (!OpensWithPersonPronoun(analysed) || SpeakerNote.Of(sentence) is not null)
        {
            return null;
        }

        var before = EvidenceText.Sentences(sentence.Hit).Where(s => s.Span.Start < sentence.Span.Start).TakeLast(AntecedentReach).Reverse();
        var naming = before.FirstOrDefault(s => s.Words.Any(w => w.IsName && !SentenceFacetCues.IsTimeWord(w)));
        return naming is null ? null : all.Find(s => s.Rank == sentence.Rank && s.Span == naming.Span);
    }

    // "He demanded …", "According to prosecutors, she …": a personal pronoun opens the sentence or a clause after a comma.
    private static bool OpensWithPersonPronoun(EvidenceSentence sentence) =>
        sentence.Words.Select((w, i) => (Word: w, Index: i)).Any(p => PersonPronouns.Contains(p.Word.Term)
            && (p.Index == 0 || sentence.Text[..p.Word.Start].TrimEnd().EndsWith(',')));

    private static bool Corrects(IReadOnlyList<string> terms) => terms.Take(CorrectionWindow).Any(Corrections.Contains);

    private static bool RefersBack(IReadOnlyList<Word> words, IReadOnlySet<string> previous) =>
        words.Zip(words.Skip(1)).Any(pair => Demonstratives.Contains(pair.First.Term) && !pair.Second.IsStopword && !pair.Second.IsName && previous.Contains(pair.Second.Stem));

    private static List<ScoredSentence> Score(QuestionAnalysis question, IReadOnlyList<SearchHit> evidence, IReadOnlyDictionary<string, double> weights)
    {
        var top = weights.Count > 0 ? weights.Values.Max() : 1.0;
        var facetBonus = top * AnsweringLimits.FacetBonusShare;
        var asked = AskedFacets(question.Asks).Aggregate(SentenceFacets.None, (all, f) => all | f);
        var others = question.KnownVendors.Where(v => !question.Entities.Contains(v, StringComparer.OrdinalIgnoreCase)).Select(TextAnalyzer.Terms).ToList();
        var entityTerms = question.Entities.Select(TextAnalyzer.Terms).ToList();
        var sentences = new List<ScoredSentence>();
        for (var rank = 0; rank < evidence.Count; rank++)
        {
            var hit = evidence[rank];
            var aboutAsked = question.Entities.Any(e => hit.Document.Vendors.Contains(e, StringComparer.OrdinalIgnoreCase));
            var scored = new List<ScoredSentence>();
            foreach (var sentence in EvidenceText.Sentences(hit))
            {
                var (span, text, stems, terms) = (sentence.Span, sentence.Text, sentence.Stems, sentence.Terms);
                var namesAsked = entityTerms.Exists(e => TextAnalyzer.ContainsRun(terms, e));
                if (question.Entities.Count > 0 && !namesAsked && (!aboutAsked || others.Exists(v => TextAnalyzer.ContainsRun(terms, v))))
                {
                    continue;
                }

                var topic = stems.Where(s => !question.Excluded.Contains(s)).Sum(s => weights.GetValueOrDefault(s));
                var facets = ServedFacets(question, sentence, hit.Document.Vendors);
                var bonus = AskedFacets(question.Asks).Any(f => facets.HasFlag(f) && asked.HasFlag(f)) ? facetBonus : 0;
                scored.Add(new ScoredSentence(hit, rank, span, text, 0, stems) { TopicScore = topic, Facets = facets, NamesEntity = namesAsked, Score = bonus });
            }

            sentences.AddRange(scored);
        }

        // A facet alone does not make a sentence relevant: its bonus is scaled (between half and all of it) by how much
        // its passage is about the question's words, and a passage about none of them gives nothing.
        var passageTopics = sentences.GroupBy(s => s.Rank).ToDictionary(g => g.Key, g => g.Sum(s => s.TopicScore));
        var bestPassage = passageTopics.Values.DefaultIfEmpty(0).Max();
        sentences = sentences.ConvertAll(s => s with
        {
            Score = bestPassage <= 0 || passageTopics[s.Rank] <= 0
                ? 0
                : (s.TopicScore + (s.Score * (1 + (passageTopics[s.Rank] / bestPassage)) / 2)) * (1 - (AnsweringLimits.RankDecay * s.Rank))
                    * (IsAboutExcluded(s, question.Excluded) ? ExcludedShare : 1),
        });
        return sentences;
    }

    // A response counts when the claim extractor finds someone asked about (named, or "the company" in a document
    // about them) as its speaker — when the question asks a particular party's response ("did China deny it"), that
    // party, also as the subject of a clause inside the sentence ("officials said China denied …"); a claim counts for
    // "who accused" when its speaker is someone else, by name.
    private static SentenceFacets ServedFacets(QuestionAnalysis question, EvidenceSentence sentence, IReadOnlyList<string> vendors)
    {
        var facets = sentence.Cues;
        if (question.Asks.HasFlag(QuestionAsks.HowMuch) && facets.HasFlag(SentenceFacets.Amount) && QuantifiesAsked(question, sentence.Words, sentence.Text))
        {
            facets |= SentenceFacets.AskedAmount;
        }

        if (!facets.HasFlag(SentenceFacets.Response) && !facets.HasFlag(SentenceFacets.Claim))
        {
            return facets;
        }

        var claims = sentence.Claims.Value;
        var byAsked = question.Responder.Count > 0
            ? ResponderClaims(question.Responder, sentence, vendors)
            : claims.Where(c => AskedNames(question, sentence).Exists(name => c.Actor.Contains(name, StringComparison.OrdinalIgnoreCase))).ToList();
        if (byAsked.Count == 0)
        {
            facets &= ~SentenceFacets.Response;
        }
        else if (byAsked.Exists(c => c.Stance is ClaimStance.Denies or ClaimStance.Confirms))
        {
            facets |= SentenceFacets.Stance;
        }

        if (!claims.Any(c => c.Stance is ClaimStance.Alleges or ClaimStance.Reports && !byAsked.Contains(c) && c.Actor.Any(char.IsUpper)))
        {
            facets &= ~SentenceFacets.Claim;
        }

        return facets;
    }

    // A sentence is about what the question leaves out when it names it or its document's title does ("besides X": a
    // report headed about X tells of X even where a sentence does not repeat its name).
    private static bool IsAboutExcluded(ScoredSentence sentence, IReadOnlySet<string> excluded) =>
        excluded.Count > 0 && (sentence.Stems.Overlaps(excluded) || TextAnalyzer.AllStems(sentence.Hit.Document.Title).Overlaps(excluded));

    // A number within a few words of one of the question's words measures what it asks about ("no fewer than 60,000
    // emails", "a fine of $2 million"), not merely something else in the same sentence.
    private static bool QuantifiesAsked(QuestionAnalysis question, IReadOnlyList<Word> words, string text)
    {
        var asked = question.TermStems;
        return Enumerable.Range(0, words.Count).Any(i => SentenceFacetCues.IsQuantity(words[i], text)
            && words.Take(i + QuantityReach + 1).Skip(i - QuantityReach).Any(w => asked.Contains(w.Stem)));
    }

    private static List<string> AskedNames(QuestionAnalysis question, EvidenceSentence sentence)
    {
        return question.Entities.Concat(question.Names).Concat(sentence.Words.Where(w => w.IsName && question.TermStems.Contains(w.Stem)).Select(w => w.Surface)).ToList();
    }

    // The responder's statements in the sentence: the claim whose speaker is the responder, else the claim of the clause
    // the responder opens ("… told a briefing that Quellink acknowledged …" read from "Quellink").
    private static List<Claim> ResponderClaims(IReadOnlySet<string> responder, EvidenceSentence sentence, IReadOnlyList<string> vendors)
    {
        var own = sentence.Claims.Value.Where(c => IsResponder(c.Actor, responder)).ToList();
        if (own.Count > 0)
        {
            return own;
        }

        var mention = sentence.Words.Skip(1).Where(w => responder.Contains(w.Stem)).Select(w => (Word?)w).FirstOrDefault();
        return mention is { } word
            && ClaimExtractor.ExtractSentence(sentence.Text[word.Start..], vendors) is { } inner
            && IsResponder(inner.Actor, responder)
            && inner.Actor.StartsWith(word.Surface, StringComparison.OrdinalIgnoreCase)
            && OpensClause(inner)
                ? [inner]
                : [];
    }

    // The responder is the subject of the verb: no clause break between the mention and the verb ("Quellink should
    // help, and Quellink said" is not one clause).
    private static bool OpensClause(Claim claim)
    {
        var verb = claim.Sentence.IndexOf(claim.Cue, StringComparison.OrdinalIgnoreCase);
        return verb > 0 && claim.Sentence.AsSpan(0, verb).IndexOfAny(ClauseBreaks) < 0;
    }

    private static bool IsResponder(string actor, IReadOnlySet<string> responder) =>
        actor != ClaimLexicon.Unattributed && TextAnalyzer.Words(actor).Any(w => responder.Contains(w.Stem));

    private static IEnumerable<SentenceFacets> AskedFacets(QuestionAsks asks)
    {
        if (asks.HasFlag(QuestionAsks.Accuser))
        {
            yield return SentenceFacets.Claim;
        }

        // A response is best served by the accused taking a stance (denied, admitted); a sentence where they merely
        // "said" something serves it only when none does.
        if (asks.HasFlag(QuestionAsks.Response))
        {
            yield return SentenceFacets.Stance;
            yield return SentenceFacets.Response;
        }

        if (asks.HasFlag(QuestionAsks.Reason))
        {
            yield return SentenceFacets.Reason;
        }

        if (asks.HasFlag(QuestionAsks.Outcome))
        {
            yield return SentenceFacets.Outcome;
        }

        // An amount of what the question asks about serves it best; any amount serves it only when none does.
        if (asks.HasFlag(QuestionAsks.HowMuch))
        {
            yield return SentenceFacets.AskedAmount;
            yield return SentenceFacets.Amount;
        }

        if (asks.HasFlag(QuestionAsks.Items))
        {
            yield return SentenceFacets.Enumeration;
        }

        if (asks.HasFlag(QuestionAsks.When))
        {
            yield return SentenceFacets.Date;
        }
    }

    // A sentence serving a facet asked takes the place of its document's weakest chosen sentence that serves none, when
    // the document already gives its most sentences (the facet asked matters more than a second quote of one source).
    private static void MakeRoomInItsDocument(List<ScoredSentence> chosen, ScoredSentence serving, QuestionAsks asks)
    {
        var sameDocument = chosen.Where(s => s.Hit.Document.Id == serving.Hit.Document.Id).ToList();
        if (sameDocument.Count < AnsweringLimits.MaxSentencesPerDocument)
        {
            return;
        }

        var asked = AskedFacets(asks).Aggregate(SentenceFacets.None, (all, f) => all | f);
        if (sameDocument.Where(s => (s.Facets & asked) == SentenceFacets.None).MinBy(s => s.Score) is { } weakest)
        {
            chosen.Remove(weakest);
        }
    }

    // Each side of a comparison gets its own evidence: its best sentence for the facets asked (else its best), in place
    // of the weakest sentence of the side quoted most, never a side's only one.
    private static void CoverEachSide(List<ScoredSentence> chosen, List<ScoredSentence> relevant, QuestionAnalysis question)
    {
        if (question.Sides.Count < 2)
        {
            return;
        }

        var sides = question.Sides.Select(side => side.Select(TextAnalyzer.Stem).ToHashSet(StringComparer.Ordinal)).ToList();
        var asked = AskedFacets(question.Asks).Aggregate(SentenceFacets.None, (all, f) => all | f);
        for (var side = 0; side < sides.Count; side++)
        {
            var best = relevant.Where(s => SideOf(s, sides) == side).OrderByDescending(s => (s.Facets & asked) != SentenceFacets.None).FirstOrDefault();
            if (best is null || chosen.Exists(s => SideOf(s, sides) == side && ((s.Facets & asked) != SentenceFacets.None || (best.Facets & asked) == SentenceFacets.None)))
            {
                continue;
            }

            var mostQuoted = chosen.GroupBy(s => SideOf(s, sides)).Where(g => g.Key != side && (g.Key < 0 || g.Count() > 1)).MaxBy(g => g.Count());
            if (chosen.Count >= AnsweringLimits.MaxQuotedSentences && mostQuoted?.MinBy(s => s.Score) is { } weakest)
            {
                chosen.Remove(weakest);
            }

            TryAdd(chosen, best);
        }
    }

    // The side a sentence speaks of: the one side it names, else the one its document's title or vendors name; -1 for none or several.
    private static int SideOf(ScoredSentence sentence, List<HashSet<string>> sides)
    {
        var named = sides.FindAll(side => side.IsSubsetOf(sentence.Stems));
        if (named.Count == 0)
        {
            var document = TextAnalyzer.AllStems(sentence.Hit.Document.Title + "\n" + string.Join("\n", sentence.Hit.Document.Vendors));
            named = sides.FindAll(side => side.IsSubsetOf(document));
        }

        return named.Count == 1 ? sides.IndexOf(named[0]) : -1;
    }

    private static void PairClaimAndResponse(List<ScoredSentence> chosen, List<ScoredSentence> relevant)
    {
        if (chosen.Exists(IsAllegation) && !chosen.Exists(IsDenial) && relevant.Find(s => IsDenial(s) && s.TopicScore > 0) is { } denial)
        {
            TryAdd(chosen, denial);
        }
        else if (chosen.Exists(IsDenial) && !chosen.Exists(IsAllegation) && relevant.Find(s => IsAllegation(s) && s.TopicScore > 0) is { } allegation)
        {
            TryAdd(chosen, allegation);
        }
    }

    private static bool IsAllegation(ScoredSentence sentence) => AttributionCues.IsAllegation(sentence);

    private static bool IsDenial(ScoredSentence sentence) => AttributionCues.IsDenial(sentence);

    // The newest document relevant enough to answer with (its best sentence on the topic scores at least half the best
    // document's), and from it the sentence that best states where things stand: its lede when retrieved (a news
    // report's first sentence states its news, whatever words the question used) unless the lede restates the
    // allegation while the document reports an outcome on the topic; else that outcome before a restated claim or
    // background.
    private static ScoredSentence? Newest(List<ScoredSentence> relevant, List<ScoredSentence> all)
    {
        var byDocument = relevant.GroupBy(s => s.Hit.Document.Id, StringComparer.Ordinal).ToList();
        var best = byDocument.Max(g => g.Max(s => s.TopicScore));
        var newest = byDocument
            .Where(g => g.Max(s => s.TopicScore) >= best * AnsweringLimits.SecondarySentenceShare && g.First().Hit.Document.PublishedOn is not null)
            .MaxBy(g => g.First().Hit.Document.PublishedOn);
        if (newest is null)
        {
            return null;
        }

        var lede = all.Find(s => s.IsLede && s.Hit.Document.Id == newest.Key);
        var outcome = newest.OrderByDescending(s => s.TopicScore > 0).ThenByDescending(IsOutcomeOnTopic).ThenByDescending(s => s.Score).First();
        return lede is not null && (lede.Facets.HasFlag(SentenceFacets.Outcome) || !IsAllegation(lede) || !IsOutcomeOnTopic(outcome)) ? lede : outcome;
    }

    private static bool IsOutcomeOnTopic(ScoredSentence sentence) => sentence.TopicScore > 0 && sentence.Facets.HasFlag(SentenceFacets.Outcome);

    private static void TryAdd(List<ScoredSentence> chosen, ScoredSentence sentence)
    {
        if (chosen.Count >= AnsweringLimits.MaxQuotedSentences + 1
            || chosen.Exists(s => s.Text == sentence.Text || Similar(s.Stems, sentence.Stems))
            || chosen.Count(s => s.Hit.Document.Id == sentence.Hit.Document.Id) >= AnsweringLimits.MaxSentencesPerDocument)
        {
            return;
        }

        chosen.Add(sentence);
    }

    private static bool Similar(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var shared = a.Count(b.Contains);
        var union = a.Count + b.Count - shared;
        return union > 0 && (double)shared / union >= AnsweringLimits.DuplicateSimilarity;
    }
}
