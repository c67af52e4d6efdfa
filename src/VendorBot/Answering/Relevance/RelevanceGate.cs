using System.Globalization;
using VendorBot.Answering.Text;
using VendorBot.Knowledge;

namespace VendorBot.Answering.Relevance;

/// <summary>
/// Decides whether the retrieved passages actually answer the question, before anything is composed or a model is called.
/// <para>
/// Search always returns the best passages it has, even when none is about the question ("What is Hikvision accused
/// of?" finds every passage saying "accused"). The gate looks at the question's content words (stopwords removed,
/// stemmed like the index) and at the evidence (the top passages with their titles):
/// </para>
/// <list type="number">
/// <item>Names are decisive. A name in the question (capitalised inside the sentence, or all capitals) that the evidence
/// does not contain means the evidence is about something else, however well the other words match.</item>
/// <item>The other words are weighted by their inverse document frequency in the index (BM25's idf), so a rare word
/// ("Suzhou") counts more than one in every passage ("Huawei"). A word the index has never seen tells nothing about
/// the corpus: it may be a paraphrase ("located" for "location") or off-topic ("weather"), so it gets the mean weight
/// of the known words, neither dominating nor vanishing.</item>
/// <item>The evidence must cover at least <see cref="AnsweringLimits.MinimumCoverage"/> of the total weight: "Where is
/// the duplicate of Pakistan's network located?" covers three of four equally weighted words and is answered; "What's
/// the weather in Lahore today?" covers one of three and is declined.</item>
/// </list>
/// </summary>
internal sealed class RelevanceGate(ITermStatistics statistics)
{
    /// <summary>Judges <paramref name="evidence"/> (best first) against <paramref name="question"/>.</summary>
    public async Task<RelevanceVerdict> AssessAsync(string question, IReadOnlyList<SearchHit> evidence, CancellationToken cancellationToken)
    {
        var terms = TextTokenizer.Tokenize(question)
            .Where(t => !t.IsStopword)
            .GroupBy(t => t.Stem, StringComparer.Ordinal)
            .Select(g => new QuestionTerm(g.Key, g.First().Surface, g.Any(t => t.IsName)))
            .ToList();
        if (terms.Count == 0)
        {
            return Decline("the question has no words to look up", 0, new Dictionary<string, double>());
        }

        if (evidence.Count == 0)
        {
            return Decline("nothing in the sources matches the question", 0, new Dictionary<string, double>());
        }

        var evidenceStems = evidence
            .SelectMany(hit => TextTokenizer.Tokenize(hit.Document.Title + "\n" + hit.Passage.Text))
            .Select(t => t.Stem)
            .ToHashSet(StringComparer.Ordinal);
        var counts = await statistics.CountAsync(terms.Select(t => t.Stem).ToList(), cancellationToken).ConfigureAwait(false);
        var weights = Weigh(terms, counts);

        var missingName = terms.FirstOrDefault(t => t.IsName && !evidenceStems.Contains(t.Stem));
        if (missingName is not null)
        {
            return Decline($"the sources say nothing about {missingName.Surface}", 0, weights);
        }

        var total = weights.Values.Sum();
        var covered = weights.Where(w => evidenceStems.Contains(w.Key)).Sum(w => w.Value);
        var coverage = total > 0 ? covered / total : 0;
        return coverage >= AnsweringLimits.MinimumCoverage
            ? new RelevanceVerdict(true, string.Create(CultureInfo.InvariantCulture, $"the sources cover {coverage:P0} of the question"), coverage, weights)
            : Decline(string.Create(CultureInfo.InvariantCulture, $"the sources cover only {coverage:P0} of the question"), coverage, weights);
    }

    private static Dictionary<string, double> Weigh(List<QuestionTerm> terms, TermCounts counts)
    {
        var n = (double)counts.PassageCount;
        var known = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var df = counts.DocumentFrequency.GetValueOrDefault(term.Stem);
            if (df > 0)
            {
                known[term.Stem] = Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
            }
        }

        var unknownWeight = known.Count > 0 ? known.Values.Average() : 1.0;
        return terms.ToDictionary(t => t.Stem, t => known.GetValueOrDefault(t.Stem, unknownWeight), StringComparer.Ordinal);
    }

    private static RelevanceVerdict Decline(string reason, double coverage, IReadOnlyDictionary<string, double> weights) =>
        new(false, reason, coverage, weights);

    private sealed record QuestionTerm(string Stem, string Surface, bool IsName);
}
