using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Claims;
using VendorBot.Knowledge.Text;

namespace VendorBot.Answering.Model;

/// <summary>
/// Checks a model answer claim by claim: every sentence must cite (<c>[n]</c>) passages that support it — each name and
/// number it states occurs in them, at least <see cref="MinimumContentShare"/> of its content words (by stem) do, any
/// text in quotation marks occurs there verbatim, and a statement the passage only reports as an allegation keeps an
/// attribution (a sentence that states it as fact is unsupported). Unsupported sentences are removed; a lead-in line
/// ending in ":" stays only when a supported sentence follows it. Run after <see cref="CitationChecker"/>, so every
/// marker points at a passage.
/// </summary>
internal static partial class SupportChecker
{
    /// <summary>Share of a sentence's content words that must occur in the passages it cites.</summary>
    public const double MinimumContentShare = 0.5;

    // Words that attribute a statement to someone ("accused", "said", "according"), so it is not stated as fact.
    private static readonly IReadOnlySet<string> AttributionStems = StemsOf(
        "accuse accused accuses accusation alleged alleges allegation allegations allegedly claimed claims claim suspected "
        + "suspects suspicion charged charges said says say stated states told tells according reported reports denied "
        + "denies rejected rejects disputed disputes rebutted refuted asserted contended argued argues cited warned blamed "
        + "criticised criticized sued complaint lawsuit insisted maintained believes suggested indicated wrote writes");

    // Words that mark a passage sentence as an allegation rather than an established fact.
    private static readonly IReadOnlySet<string> AllegationStems = StemsOf(
        "accuse accused accuses accusation alleged alleges allegation allegations allegedly claimed claims suspected suspects charged");

    // Words that take a side, by the stance they state: a sentence that says "denied" needs a passage with a denial.
    private static readonly (ClaimStance Stance, IReadOnlySet<string> Stems)[] StanceWords =
    [
        (ClaimStance.Denies, StemsOf("deny denied denies denial rejected rejects refuted disputed disputes rebutted")),
        (ClaimStance.Confirms, StemsOf("admit admitted admits admission acknowledged acknowledges confirmed confirms conceded concedes")),
        (ClaimStance.Alleges, StemsOf("accuse accused accuses accusation alleged alleges allegation charged")),
    ];

    /// <summary>Checks <paramref name="answer"/>, whose markers number <paramref name="evidence"/> from 1.</summary>
    public static SupportCheck Check(string answer, IReadOnlyList<SearchHit> evidence)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(evidence);
        var removed = new List<UnsupportedSentence>();
        var lines = new List<(string Text, bool IsLeadIn)>();
        var words = WordsOf(evidence);

        // "… it. [2]" cites the sentence before the marker: the marker moves inside it ("… it [2].").
        answer = TrailingMarker().Replace(answer, " ${markers}${stop}");
        foreach (var line in answer.Split('\n'))
        {
            var kept = new StringBuilder();
            var bullet = Bullet().Match(line).Value;
            var body = line[bullet.Length..];
            foreach (var span in SentenceSplitter.Split(body))
            {
                var sentence = span.Slice(body);
                var reason = Unsupported(sentence, evidence, words);
                if (reason is null || IsLeadIn(sentence))
                {
                    kept.Append(kept.Length > 0 ? " " : string.Empty).Append(sentence);
                }
                else
                {
                    removed.Add(new UnsupportedSentence(sentence, reason));
                }
            }

            var text = kept.ToString();
            if (text.Length > 0 || line.Trim().Length == 0)
            {
                lines.Add((bullet + text, text.Length > 0 && IsLeadIn(text)));
            }
        }

        // A lead-in ("Here is what the sources say:") or a lone bullet means nothing without a supported sentence after it.
        var result = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsLeadIn && !lines.Skip(i + 1).Any(l => !l.IsLeadIn && Markers(l.Text).Any()))
            {
                continue;
            }

            result.Add(lines[i].Text);
        }

        var finalText = string.Join('\n', result).Trim();
        var cited = Markers(finalText).Distinct().Order().ToList();
        return new SupportCheck(cited.Count == 0 ? string.Empty : finalText, cited, removed);
    }

    private static string? Unsupported(string sentence, IReadOnlyList<SearchHit> evidence, EvidenceWords evidenceNames)
    {
        var numbers = Markers(sentence).Distinct().ToList();
        if (numbers.Count == 0)
        {
            return "cites no passage";
        }

        var cited = string.Join("\n", numbers.Select(n => evidence[n - 1].Passage.Text));
        var claim = Marker().Replace(sentence, " ");
        var citedTokens = TextAnalyzer.Words(cited);
        var citedStems = citedTokens.Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        var tokens = TextAnalyzer.Words(claim);

        foreach (var quote in Quotation().Matches(claim).Select(m => m.Groups["quote"].Value))
        {
            if (!Normalise(cited).Contains(Normalise(quote), StringComparison.OrdinalIgnoreCase))
            {
                return $"the quotation “{quote}” is not in the cited passage";
            }
        }

        if (tokens.Select((t, i) => (Token: t, First: i == 0)).FirstOrDefault(x => IsName(x.Token, x.First, evidenceNames) && !citedStems.Contains(x.Token.Stem)) is { Token.Surface: { } name })
        {
            return $"the cited passage does not name {name}";
        }

        var citedNumbers = Number().Matches(cited).Select(m => Digits(m.Value)).ToHashSet(StringComparer.Ordinal);
        if (Number().Matches(claim).Select(m => m.Value).FirstOrDefault(n => !citedNumbers.Contains(Digits(n))) is { } number)
        {
            return $"the cited passage does not give the number {number}";
        }

        var content = tokens.Where(t => !t.IsStopword).Select(t => t.Stem).Distinct(StringComparer.Ordinal).ToList();
        if (content.Count > 0 && (double)content.Count(citedStems.Contains) / content.Count < MinimumContentShare)
        {
            return "too few of its words are in the cited passage";
        }

        var stems = tokens.Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        foreach (var (stance, words) in StanceWords)
        {
            if (stems.Overlaps(words) && !citedStems.Overlaps(words) && !numbers.Any(n => HasStance(evidence[n - 1], stance)))
            {
                return $"the cited passage reports no {ClaimStances.Heading(stance).ToLowerInvariant()} statement";
            }
        }

        if (!stems.Overlaps(AttributionStems) && BestSource(content, numbers, evidence) is { } source && IsAllegation(source))
        {
            return "it states as fact what the cited passage reports as an allegation";
        }

        return null;
    }

    // A capitalised word inside the sentence, or a capitalised first word that the evidence writes as a name or never
    // uses at all ("Quellink denied …"); a common word opening the sentence ("Officials said") is not one.
    private static bool IsName(Word token, bool first, EvidenceWords evidence) =>
        token.IsName || (first && !token.IsStopword && char.IsUpper(token.Surface[0])
            && (evidence.Names.Contains(token.Stem) || !evidence.All.Contains(token.Stem)));

    // The stems of the evidence, and those it writes as names: capitalised inside a sentence, and its documents' vendors.
    private static EvidenceWords WordsOf(IReadOnlyList<SearchHit> evidence)
    {
        var tokens = evidence.SelectMany(h => TextAnalyzer.Words(h.Passage.Text)).ToList();
        var names = tokens.Where(t => t.IsName).Concat(evidence.SelectMany(h => h.Document.Vendors).SelectMany(TextAnalyzer.Words));
        return new EvidenceWords(
            tokens.Select(t => t.Stem).ToHashSet(StringComparer.Ordinal),
            names.Select(t => t.Stem).ToHashSet(StringComparer.Ordinal));
    }

    private sealed record EvidenceWords(IReadOnlySet<string> All, IReadOnlySet<string> Names);

    private static HashSet<string> StemsOf(string words) => TextAnalyzer.Words(words).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);

    // The sentence of the cited passages that shares most content words with the answer's sentence.
    private static (string Sentence, SearchHit Hit, string Before)? BestSource(IReadOnlyList<string> content, IReadOnlyList<int> numbers, IReadOnlyList<SearchHit> evidence)
    {
        (string Sentence, SearchHit Hit, string Before)? best = null;
        var bestScore = 0;
        foreach (var hit in numbers.Select(n => evidence[n - 1]))
        {
            foreach (var span in SentenceSplitter.Split(hit.Passage.Text))
            {
                var text = span.Slice(hit.Passage.Text);
                var stems = TextAnalyzer.Words(text).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
                var score = content.Count(stems.Contains);
                if (score > bestScore)
                {
                    (best, bestScore) = ((text, hit, hit.Passage.Text[..span.Start]), score);
                }
            }
        }

        return best;
    }

    private static bool IsAllegation((string Sentence, SearchHit Hit, string Before) source) =>
        ClaimExtractor.ExtractSentence(source.Sentence, source.Hit.Document.Vendors, source.Before) is { Stance: ClaimStance.Alleges }
        || TextAnalyzer.Words(source.Sentence).Any(t => AllegationStems.Contains(t.Stem));

    private static bool HasStance(SearchHit hit, ClaimStance stance) =>
        ClaimExtractor.Extract(hit.Passage, hit.Document.Vendors).Any(c => c.Stance == stance);

    private static bool IsLeadIn(string sentence) => sentence.TrimEnd().EndsWith(':') && !Markers(sentence).Any();

    private static IEnumerable<int> Markers(string text) =>
        Marker().Matches(text).SelectMany(m => m.Groups["numbers"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(n => int.Parse(n, NumberStyles.None, CultureInfo.InvariantCulture));

    private static string Digits(string number) => number.Replace(",", string.Empty, StringComparison.Ordinal).TrimEnd('.');

    // Quotation marks and white space vary between a model's text and a document's; the words may not.
    private static string Normalise(string text) =>
        Space().Replace(text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"'), " ").Trim();

    [GeneratedRegex(@"\[(?<numbers>\s*\d{1,6}\s*(?:,\s*\d{1,6}\s*)*)\]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Marker();

    [GeneratedRegex(@"[“""](?<quote>[^“”""]{2,})[”""]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Quotation();

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<stop>[.!?])[ \t]*(?<markers>\[\s*\d{1,6}\s*(?:,\s*\d{1,6}\s*)*\](?:[ \t]*\[\s*\d{1,6}\s*(?:,\s*\d{1,6}\s*)*\])*)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TrailingMarker();

    // A list marker opening a line: "- ", "* ", "1. ".
    [GeneratedRegex(@"^\s*(?:[-*•]|\d{1,3}[.)])\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Space();
}
