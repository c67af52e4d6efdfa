using System.Globalization;
using System.Text;
using VendorBot.Answering.Relevance;
using VendorBot.Answering.Understanding;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Text;

namespace VendorBot.Answering.Extractive;

/// <summary>
/// Answers by quoting: <see cref="EvidenceSelector"/> chooses the sentences (the facets asked, across documents, only
/// about the vendors asked, the newest relevant source first about the present); each is quoted verbatim with its
/// publisher and date as the speaker, naming the vendor asked about when the sentence itself does not ("the company
/// denied…"), and cited. Quoting whole sentences keeps "X said" / "accused" / "denied" with the claim.
/// </summary>
internal static class ExtractiveComposer
{
    /// <summary>
    /// Composes an answer to <paramref name="question"/> from the evidence <paramref name="verdict"/> judged relevant;
    /// a question about the present quotes the newest relevant source first and says how old it is at <paramref name="now"/>.
    /// </summary>
    public static AnswerDraft Compose(QuestionAnalysis question, RelevanceVerdict verdict, DateTimeOffset now)
    {
        var chosen = EvidenceSelector.Select(question, verdict.Evidence, verdict.TermWeights);
        if (chosen.Count == 0)
        {
            return new AnswerDraft(string.Empty, []);
        }

        var draft = Render(chosen, question);
        return question.AsksForNow && RecencyCues.NewestSourceNote(chosen.Select(s => s.Hit.Document.PublishedOn is { } date ? (date, s.Hit.Document.PublishedPrecision) : ((DateOnly, DatePrecision)?)null), now) is { } note
            ? draft with { Text = $"{draft.Text}\n{note}" }
            : draft;
    }

    /// <summary>The sentence of <paramref name="hit"/> that best matches <paramref name="text"/>, verbatim.</summary>
    public static string BestSentence(SearchHit hit, string text)
    {
        var stems = TextAnalyzer.ContentStems(text);
        return SentenceSplitter.Split(hit.Passage.Text)
            .Select(span => span.Slice(hit.Passage.Text))
            .Select((sentence, index) => (Sentence: sentence, Index: index, Score: TextAnalyzer.AllStems(sentence).Count(stems.Contains)))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Index)
            .Select(s => s.Sentence)
            .FirstOrDefault() ?? hit.Passage.Text;
    }

    private static AnswerDraft Render(IReadOnlyList<ScoredSentence> chosen, QuestionAnalysis question)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var answer = new StringBuilder("From the sources:");
        var lines = question.AsksForNow ? chosen.Select(s => (Sentence: s, Label: (string?)null)).ToList() : StanceGrouping.Group(chosen);
        foreach (var (sentence, label) in lines)
        {
            var passageId = sentence.Hit.Passage.Id;
            if (!numbers.TryGetValue(passageId, out var number))
            {
                number = numbers.Count + 1;
                numbers[passageId] = number;
            }

            var prefix = label is null ? string.Empty : $"{label} ";
            var subject = question.Entities.Count == 0 || sentence.NamesEntity
                ? null
                : question.Entities.FirstOrDefault(e => sentence.Hit.Document.Vendors.Contains(e, StringComparer.OrdinalIgnoreCase));
            answer.Append(CultureInfo.InvariantCulture, $"\n- {prefix}{Attribution(sentence.Hit.Document, SpeakerNote.Of(sentence), subject)} “{sentence.Text}” [{number}]");
        }

        var citations = chosen
            .GroupBy(s => s.Hit.Passage.Id, StringComparer.Ordinal)
            .Select(g => ToCitation(numbers[g.Key], g.First().Hit, string.Join(" … ", g.OrderBy(s => s.Span.Start).Select(s => s.Text))))
            .OrderBy(c => c.Number)
            .ToList();
        return new AnswerDraft(answer.ToString(), citations);
    }

    /// <summary>
    /// The source as the speaker: "Engadget (2021-06-01) reports:", "Engadget (June 2021) reports:" for a month-only date; who it quotes when the sentence does not name them,
    /// "Veloria Herald (2023-03-14) reports, citing Norvatel:"; or the vendor it is about when only "the company" names
    /// it, "… reports, on Norvatel:".
    /// </summary>
    private static string Attribution(DocumentInfo document, string? speaker, string? subject)
    {
        var who = document.Publisher ?? $"“{document.Title}”";
        var suffix = speaker is not null ? $", citing {speaker}:" : subject is not null ? $", on {subject}:" : ":";
        return document.PublishedReadable is { } date ? $"{who} ({date}) reports{suffix}" : $"{who} reports{suffix}";
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
        hit.Passage.Text)
    {
        PublishedPrecision = hit.Document.PublishedPrecision,
    };
}
