using System.Text.RegularExpressions;
using VendorBot.Knowledge.Text;

namespace VendorBot.Knowledge.Claims;

/// <summary>
/// Finds the attributed statements of a passage by rule: per sentence, "according to X", or the first reporting,
/// accusing or response verb of <see cref="ClaimLexicon.Verbs"/> with its actor (the words before it, or a name right
/// after an inverted "…, says X"). Passive voice ("Y has been accused of") is unattributed unless "by X" follows; a
/// report or finding that negates ("says there is no evidence", "found no evidence") is a denial; a report ahead of the
/// verb that matters takes that verb's stance ("X said it had denied" is X's denial). "He"/"she" stand for the person
/// the passage quoted last, "the company" for a single-vendor document's vendor.
/// </summary>
internal static partial class ClaimExtractor
{
    private const int ReportedVerbReach = 6;

    /// <summary>The claims of <paramref name="passage"/>, with offsets into the document text, in reading order.</summary>
    public static IReadOnlyList<Claim> Extract(Passage passage, IReadOnlyList<string> vendors)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(vendors);
        var claims = new List<Claim>();
        var context = new SpeakerContext(null, null);
        foreach (var span in SentenceSplitter.Split(passage.Text))
        {
            var sentence = span.Slice(passage.Text);
            if (FindClaim(sentence, vendors, context, passage.Text[..span.Start]) is { } found)
            {
                claims.Add(new Claim(
                    passage.Id, found.Actor, found.Stance, Target(sentence, found.Actor, vendors), found.Cue, sentence,
                    passage.Start + span.Start, passage.Start + span.End));
                context = context.After(found.Actor, vendors);
            }
        }

        return claims;
    }

    /// <summary>
    /// The attributed statement of one <paramref name="sentence"/>, or null when it attributes nothing;
    /// <paramref name="context"/> (the text before it) resolves "he" or "she" to the person quoted last.
    /// </summary>
    public static Claim? ExtractSentence(string sentence, IReadOnlyList<string> vendors, string? context = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(vendors);
        var speakers = string.IsNullOrEmpty(context)
            ? new SpeakerContext(null, null)
            : Extract(new Passage(string.Empty, string.Empty, 0, string.Empty, 0, context.Length, context), vendors)
                .Aggregate(new SpeakerContext(null, null), (c, claim) => c.After(claim.Actor, vendors));
        return FindClaim(sentence, vendors, speakers, context ?? string.Empty) is { } found
            ? new Claim(string.Empty, found.Actor, found.Stance, Target(sentence, found.Actor, vendors), found.Cue, sentence, 0, sentence.Length)
            : null;
    }

    private static (string Actor, ClaimStance Stance, string Cue)? FindClaim(string sentence, IReadOnlyList<string> vendors, SpeakerContext speakers, string preceding)
    {
        if (AccordingTo().Match(sentence) is { Success: true } according)
        {
            var rest = sentence[(according.Index + according.Length)..];
            var source = according.Groups["actor"].Value.Trim();
            source = source.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? source[4..] : source;
            var lastNamed = Referent(speakers, preceding + " " + sentence[..according.Index], vendors);
            return (ClaimActor.Resolve(source, vendors, null, lastNamed), Negated(ClaimStance.Reports, Reach(rest)), "according to");
        }

        var words = Word().Matches(sentence);
        for (var i = 0; i < words.Count; i++)
        {
            if (VerbAt(words, i) is not { } verb)
            {
                continue;
            }

            var end = words[verb.Last].Index + words[verb.Last].Length;
            var after = sentence[end..];
            // "was accused by X", and a participle such as "a letter disclosed by Reuters".
            if (IsPassive(words, i) || (verb.Last + 1 < words.Count && words[verb.Last + 1].Value == "by"))
            {
                var by = ByAgent().Match(after);
                return (by.Success ? ClaimActor.Before(by.Groups["actor"].Value) : ClaimLexicon.Unattributed, verb.Stance, verb.Cue);
            }

            var actor = ClaimActor.Before(sentence[..words[i].Index]);
            var inverted = actor.Length == 0 || words.Count - verb.Last <= 3;
            if (actor.Length == 0)
            {
                actor = ClaimActor.After(after);
            }

            var (stance, cue) = (verb.Stance, verb.Cue);
            if (stance == ClaimStance.Reports && ReportedVerb(sentence, words, verb.Last) is { } inner)
            {
                (stance, cue) = (inner.Stance, inner.Cue);
            }

            // The negation may sit on either side of the verb: "said it did not", "never confirmed", "was never used, the
            // company said", or in a quotation ahead of it.
            var before = sentence[..words[i].Index];
            var reach = stance == ClaimStance.Confirms ? ClaimLexicon.ConfirmationNegationReach : ClaimLexicon.NegationReach;
            var quoted = before.IndexOfAny(['"', '“', '”']) >= 0;
            var ahead = quoted ? FirstWords(before, ClaimLexicon.QuotationNegationReach) : inverted ? before : LastWords(before, 3);
            var lastNamed = Referent(speakers, preceding + " " + before, vendors);
            var resolved = ItAfterAnotherSpeaker(actor, speakers, vendors) ? ClaimLexicon.Unattributed : ClaimActor.Resolve(actor, vendors, speakers.Person, lastNamed);
            if (resolved != actor && vendors.Contains(resolved, StringComparer.OrdinalIgnoreCase)
                && FirstWords(after, 3).Contains(resolved, StringComparison.OrdinalIgnoreCase))
            {
                // "It alleges that Temu …": the vendor the statement is about is not the stand-in for who makes it.
                resolved = actor.Split(' ').Length == 1 ? ClaimLexicon.Unattributed : actor;
            }

            return (resolved, TakesNoSide(words, i, verb) ? ClaimStance.Reports : Negated(stance, ahead + " " + Reach(after, reach)), cue);
        }

        return null;
    }

    // A stance verb that takes no side: a negated denial ("did not deny", "does not dispute", "never denied") is no
    // denial and no admission either, and a verb paired with its opposite ("did not confirm or deny", "neither confirmed
    // nor denied") leaves the question open.
    private static bool TakesNoSide(MatchCollection words, int first, (ClaimStance Stance, string Cue, int Last) verb)
    {
        if (verb.Stance is not (ClaimStance.Denies or ClaimStance.Confirms))
        {
            return false;
        }

        var opposite = verb.Stance == ClaimStance.Denies ? ClaimStance.Confirms : ClaimStance.Denies;
        if (verb.Last + 2 < words.Count && words[verb.Last + 1].Value is "or" or "nor" && VerbAt(words, verb.Last + 2) is { } paired && paired.Stance == opposite)
        {
            return true;
        }

        return verb.Stance == ClaimStance.Denies && NegatedJustBefore(words, first);
    }

    private static bool NegatedJustBefore(MatchCollection words, int verb)
    {
        for (var j = verb - 1; j >= 0 && j >= verb - ClaimLexicon.StanceNegationReach; j--)
        {
            var word = words[j].Value;
            if (ClaimLexicon.StanceNegations.Contains(word) || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
            {
                return j + 1 >= words.Count || !ClaimLexicon.FalseNegations.Contains($"{word} {words[j + 1].Value}", StringComparer.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    // The verb (one word or a phrasal pair such as "played down") starting at word i, when it is used as a verb.
    private static (ClaimStance Stance, string Cue, int Last)? VerbAt(MatchCollection words, int i)
    {
        if (i + 1 < words.Count && ClaimLexicon.Verbs.TryGetValue($"{words[i].Value} {words[i + 1].Value}", out var phrasal) && IsVerbUse(words, i))
        {
            return (phrasal, $"{words[i].Value} {words[i + 1].Value}", i + 1);
        }

        if (!ClaimLexicon.Verbs.TryGetValue(words[i].Value, out var stance) || !IsVerbUse(words, i))
        {
            return null;
        }

        if (ClaimLexicon.Pleas.Contains(words[i].Value) && i + 1 < words.Count)
        {
            var next = words[i + 1].Value;
            stance = next.Equals("guilty", StringComparison.OrdinalIgnoreCase) ? ClaimStance.Confirms
                : next is "not" or "innocent" ? ClaimStance.Denies
                : stance;
        }

        return (stance, words[i].Value, i);
    }

    // "said it had denied …": a stronger verb right after a report, whose subject is the speaker again.
    private static (ClaimStance Stance, string Cue)? ReportedVerb(string sentence, MatchCollection words, int report)
    {
        for (var j = report + 1; j < words.Count && j <= report + ReportedVerbReach; j++)
        {
            if (VerbAt(words, j) is { } verb)
            {
                var between = sentence[(words[report].Index + words[report].Length)..words[j].Index];
                var subject = string.Join(' ', Word().Matches(between).Select(m => m.Value).Where(w => !ClaimLexicon.Auxiliaries.Contains(w)));
                return verb.Stance != ClaimStance.Reports && !IsPassive(words, j) && !between.Contains(',') && ClaimActor.IsStandIn(subject)
                    ? (Negated(verb.Stance, between), verb.Cue)
                    : null;
            }
        }

        return null;
    }

    private static bool IsVerbUse(MatchCollection words, int i)
    {
        var word = words[i].Value;

        // A capitalised word is a name ("United States", "Reports Weekly"), and one after a determiner a noun ("the claims").
        if (char.IsUpper(word[0]) || (i > 0 && ClaimLexicon.Determiners.Contains(words[i - 1].Value)))
        {
            return false;
        }

        // A word that is also a noun ("Delta's claims", "a contract dispute") is a verb only before an object or a clause,
        // or after an adverb ("vigorously disputes").
        if (ClaimLexicon.NounForms.Contains(word) && !(i > 0 && words[i - 1].Value.EndsWith("ly", StringComparison.Ordinal) && words[i - 1].Value.Length > 4))
        {
            var afterPossessive = i > 0 && (words[i - 1].Value.EndsWith("'s", StringComparison.Ordinal) || words[i - 1].Value.EndsWith("’s", StringComparison.Ordinal));
            var next = i + 1 < words.Count ? words[i + 1].Value : string.Empty;
            return !afterPossessive && next.Length > 0 && (ClaimLexicon.VerbObjects.Contains(next) || char.IsUpper(next[0]));
        }

        // "found" reports a finding only as "found that" / "found no"; otherwise it is "found a company" and the like.
        return !(word.Equals("found", StringComparison.OrdinalIgnoreCase) || word.Equals("finds", StringComparison.OrdinalIgnoreCase))
            || (i + 1 < words.Count && words[i + 1].Value is "that" or "no");
    }

    private static bool IsPassive(MatchCollection words, int i)
    {
        var previous = i - 1;
        if (previous >= 0 && words[previous].Value.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            previous--;
        }

        return previous >= 0 && ClaimLexicon.PassiveAuxiliaries.Contains(words[previous].Value);
    }

    private static string FirstWords(string text, int count)
    {
        var words = Word().Matches(text);
        return words.Count <= count ? text : text[..words[count].Index];
    }

    // The vendor a stand-in ("the company") stands for in a document about several: the vendor that spoke last, else the
    // one named last before it ("Apple said … the company said").
    private static string? Referent(SpeakerContext speakers, string before, IReadOnlyList<string> vendors) =>
        speakers.Vendor ?? vendors.Select(v => (Vendor: v, At: before.LastIndexOf(v, StringComparison.OrdinalIgnoreCase)))
            .Where(x => x.At >= 0)
            .OrderByDescending(x => x.At)
            .Select(x => x.Vendor)
            .FirstOrDefault();

    // "It said …" right after a statement by someone other than a vendor ("the commission told Quellink … It said")
    // may be either of them: unsure, it names no one rather than the wrong one.
    private static bool ItAfterAnotherSpeaker(string actor, SpeakerContext speakers, IReadOnlyList<string> vendors) =>
        actor.Equals("it", StringComparison.OrdinalIgnoreCase)
        && speakers.Last is { } last
        && last != ClaimLexicon.Unattributed
        && !vendors.Contains(last, StringComparer.OrdinalIgnoreCase);

    // Who spoke last in the passage: the person "he"/"she" refers to, the vendor "the company" refers to, and whoever
    // made the last statement.
    private sealed record SpeakerContext(string? Person, string? Vendor, string? Last = null)
    {
        public SpeakerContext After(string actor, IReadOnlyList<string> vendors) => new(
            ClaimActor.IsNamed(actor, vendors) ? actor : Person,
            vendors.FirstOrDefault(v => v.Equals(actor, StringComparison.OrdinalIgnoreCase)) ?? Vendor,
            actor);
    }

    private static string LastWords(string text, int count)
    {
        var words = Word().Matches(text);
        return words.Count <= count ? text : text[words[^count].Index..];
    }

    // The words a report governs: up to <paramref name="reach"/> words after its verb, within its clause.
    private static string Reach(string after, int reach = ClaimLexicon.NegationReach)
    {
        var end = after.Length;
        foreach (var stop in (string[])[";", ", which", ", while", " — "])
        {
            var at = after.IndexOf(stop, StringComparison.Ordinal);
            end = at >= 0 ? Math.Min(end, at) : end;
        }

        var words = Word().Matches(after[..end]);
        return words.Count > reach ? after[..words[reach].Index] : after[..end];
    }

    private static ClaimStance Negated(ClaimStance stance, string rest)
    {
        if (stance is not (ClaimStance.Reports or ClaimStance.Confirms))
        {
            return stance;
        }

        var text = ClaimLexicon.FalseNegations.Aggregate(rest, (t, phrase) => t.Replace(phrase, string.Empty, StringComparison.OrdinalIgnoreCase));
        return ClaimLexicon.Negations.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase)) ? ClaimStance.Denies : stance;
    }

    private static string? Target(string sentence, string actor, IReadOnlyList<string> vendors)
    {
        var mentioned = vendors
            .Select(v => (Vendor: v, Index: sentence.IndexOf(v, StringComparison.OrdinalIgnoreCase)))
            .Where(x => x.Index >= 0)
            .OrderBy(x => x.Index)
            .Select(x => x.Vendor)
            .FirstOrDefault();
        return mentioned ?? vendors.FirstOrDefault(v => v.Equals(actor, StringComparison.OrdinalIgnoreCase))
            ?? (vendors.Count == 1 ? vendors[0] : null);
    }

    // The actor runs to the first clause mark; a stop between capitals is an abbreviation ("the U.S. Justice Department").
    [GeneratedRegex(@"\baccording to (?<actor>(?:[^,;:.]|(?-i:(?<=\b\p{Lu})\.(?=\p{Lu}|\s\p{Lu})))+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"^\s+by (?<actor>.+?)(?= (?:of|for|to|in) \p{Ll}| (?:that|which|who|after|when|because) |[,;:.]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ByAgent();

    [GeneratedRegex(@"[\p{L}][\p{L}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
