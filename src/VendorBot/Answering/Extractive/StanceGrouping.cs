using VendorBot.Knowledge.Claims;

namespace VendorBot.Answering.Extractive;

/// <summary>
/// When the quoted sentences disagree (an allegation and a denial or confirmation), the answer groups them by stance
/// — alleged, denied, confirmed, reported — and labels each line, so both sides show with their sources.
/// </summary>
internal static class StanceGrouping
{
    /// <summary>The sentences with their stance, grouped by stance when they disagree; else in their given order, unlabelled.</summary>
    public static IReadOnlyList<(ScoredSentence Sentence, string? Label)> Group(IReadOnlyList<ScoredSentence> chosen)
    {
        var classified = chosen.Select(s => (Sentence: s, Stance: StanceOf(s))).ToList();
        var sides = classified.Select(c => c.Stance).OfType<ClaimStance>().Where(s => s != ClaimStance.Reports).Distinct().Count();
        if (sides < 2)
        {
            return classified.Select(c => (c.Sentence, (string?)null)).ToList();
        }

        return classified
            .OrderBy(c => ClaimStances.Rank(c.Stance ?? ClaimStance.Reports))
            .Select(c => (c.Sentence, (string?)$"{ClaimStances.Heading(c.Stance ?? ClaimStance.Reports)}:"))
            .ToList();
    }

    private static ClaimStance? StanceOf(ScoredSentence sentence)
    {
        return EvidenceText.Sentence(sentence.Hit, sentence.Span).Claims.Value.Select(c => (ClaimStance?)c.Stance).FirstOrDefault();
    }
}
