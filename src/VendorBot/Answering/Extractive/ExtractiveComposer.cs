using System.Globalization;
using System.Text;
using VendorBot.Answering.Relevance;
using VendorBot.Answering.Text;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Text;

namespace VendorBot.Answering.Extractive;

/// <summary>
/// Answers by quoting: every sentence of the evidence is scored by the idf weights of the question's content words it
/// contains; the best sentence and those scoring at least <see cref="AnsweringLimits.SecondarySentenceShare"/> of it
/// are quoted verbatim (up to <see cref="AnsweringLimits.MaxQuotedSentences"/>), each attributed to its publisher and
/// cited. Quoting whole sentences keeps "X said" / "accused" / "denied" with the claim, and the attribution line makes
/// the source, not the bot, the speaker.
/// </summary>
internal static class ExtractiveComposer
{
    /// <summary>
    /// Composes an answer to <paramref name="question"/> from <paramref name="evidence"/> judged relevant by
    /// <paramref name="verdict"/>; a question about the present (<see cref="RecencyCues"/>) quotes the newest sources
    /// first and says how old the newest is at <paramref name="now"/>.
    /// </summary>
    public static AnswerDraft Compose(string question, IReadOnlyList<SearchHit> evidence, RelevanceVerdict verdict, DateTimeOffset now)
    {
        var questionStems = TextTokenizer.ContentStems(question);
        var sentences = Score(evidence, questionStems, verdict.TermWeights);
        var recent = RecencyCues.AsksForNow(question);
        var chosen = Choose(sentences, recent);
        if (chosen.Count == 0)
        {
            return new AnswerDraft(string.Empty, []);
        }

        var draft = Render(chosen);
        return recent && RecencyCues.NewestSourceNote(chosen.Select(s => s.Hit.Document.PublishedOn), now) is { } note
            ? draft with { Text = $"{draft.Text}\n{note}" }
            : draft;
    }

    /// <summary>The sentence of <paramref name="hit"/> that best matches <paramref name="text"/>, verbatim.</summary>
    public static string BestSentence(SearchHit hit, string text)
    {
        var stems = TextTokenizer.ContentStems(text);
        var weights = stems.ToDictionary(s => s, _ => 1.0, StringComparer.Ordinal);
        return Score([hit], stems, weights).OrderByDescending(s => s.Score).Select(s => s.Text).FirstOrDefault() ?? hit.Passage.Text;
    }

    private static List<ScoredSentence> Score(IReadOnlyList<SearchHit> evidence, IReadOnlySet<string> questionStems, IReadOnlyDictionary<string, double> weights)
    {
        var sentences = new List<ScoredSentence>();
        for (var rank = 0; rank < evidence.Count; rank++)
        {
            var hit = evidence[rank];
            foreach (var span in SentenceSplitter.Split(hit.Passage.Text))
            {
                var text = span.Slice(hit.Passage.Text);
                var stems = TextTokenizer.Tokenize(text).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
                var score = questionStems.Where(stems.Contains).Sum(s => weights.GetValueOrDefault(s, 1.0));
                sentences.Add(new ScoredSentence(hit, rank, span, text, score, stems));
            }
        }

        return sentences;
    }

    private static List<ScoredSentence> Choose(List<ScoredSentence> sentences, bool newestFirst)
    {
        // Best score first; among equals the better-ranked passage, then the earlier sentence.
        var ordered = sentences.Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Rank).ThenBy(s => s.Span.Start)
            .ToList();
        if (ordered.Count == 0)
        {
            return [];
        }

        var threshold = ordered[0].Score * AnsweringLimits.SecondarySentenceShare;
        var chosen = ordered.Where(s => s.Score >= threshold)
            .OrderByDescending(s => newestFirst ? s.Hit.Document.PublishedOn : null)
            .DistinctBy(s => s.Text, StringComparer.Ordinal)
            .Take(AnsweringLimits.MaxQuotedSentences)
            .ToList();
        if (newestFirst)
        {
            // About the present, the newest relevant source always speaks, first, even below the share threshold.
            var newest = ordered.MaxBy(s => s.Hit.Document.PublishedOn);
            if (newest is not null && !chosen.Any(s => s.Hit.Document.PublishedOn == newest.Hit.Document.PublishedOn))
            {
                chosen.Insert(0, newest);
            }
        }

        if (chosen.Any(AttributionCues.IsAllegation) && !chosen.Any(AttributionCues.IsDenial))
        {
            var denial = ordered.FirstOrDefault(AttributionCues.IsDenial);
            if (denial is not null)
            {
                chosen.Add(denial);
            }
        }
        else if (chosen.Any(AttributionCues.IsDenial) && !chosen.Any(AttributionCues.IsAllegation))
        {
            var allegation = ordered.FirstOrDefault(AttributionCues.IsAllegation);
            if (allegation is not null)
            {
                chosen.Insert(0, allegation);
            }
        }

        return chosen;
    }

    private static AnswerDraft Render(List<ScoredSentence> chosen)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var answer = new StringBuilder("From the sources:");
        foreach (var (sentence, label) in StanceGrouping.Group(chosen))
        {
            var passageId = sentence.Hit.Passage.Id;
            if (!numbers.TryGetValue(passageId, out var number))
            {
                number = numbers.Count + 1;
                numbers[passageId] = number;
            }

            var prefix = label is null ? string.Empty : $"{label} ";
            answer.Append(CultureInfo.InvariantCulture, $"\n- {prefix}{Attribution(sentence.Hit.Document, SpeakerNote.Of(sentence))} “{sentence.Text}” [{number}]");
        }

        var citations = chosen
            .GroupBy(s => s.Hit.Passage.Id, StringComparer.Ordinal)
            .Select(g => ToCitation(numbers[g.Key], g.First().Hit, string.Join(" … ", g.OrderBy(s => s.Span.Start).Select(s => s.Text))))
            .OrderBy(c => c.Number)
            .ToList();
        return new AnswerDraft(answer.ToString(), citations);
    }

    /// <summary>
    /// The source as the speaker: "Engadget (2021-06-01) reports:", and who it quotes when the sentence does not name
    /// them: "Veloria Herald (2023-03-14) reports, citing Norvatel:".
    /// </summary>
    private static string Attribution(DocumentInfo document, string? speaker)
    {
        var who = document.Publisher ?? $"“{document.Title}”";
        var citing = speaker is null ? string.Empty : $", citing {speaker}";
        return document.PublishedOn is { } date
            ? string.Create(CultureInfo.InvariantCulture, $"{who} ({date:yyyy-MM-dd}) reports{citing}:")
            : $"{who} reports{citing}:";
    }

    /// <summary>Builds the citation for <paramref name="hit"/> quoting <paramref name="quote"/>.</summary>
    public static Citation ToCitation(int number, SearchHit hit, string quote) => new(
        number,
        hit.Passage.Id,
        hit.Document.Id,
        hit.Document.Title,
        hit.Document.Publisher,
        hit.Document.Url,
        hit.Document.PublishedOn,
        quote,
        hit.Passage.Text);
}
