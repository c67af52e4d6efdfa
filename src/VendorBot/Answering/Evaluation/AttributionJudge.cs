using VendorBot.Knowledge;
using VendorBot.Knowledge.Claims;

namespace VendorBot.Answering.Evaluation;

/// <summary>
/// Checks <c>must_attribute</c>: runs the claim extractor over every cited quote and looks for each expected actor with
/// its stance. The expected actor is offered as the quote's vendor, so "the company denied" counts for the vendor asked
/// about, as it does when the document is indexed.
/// </summary>
internal static class AttributionJudge
{
    /// <summary>Scores <paramref name="answer"/> against <paramref name="expected"/>; null when nothing is expected.</summary>
    public static AttributionScore? Score(IReadOnlyList<ExpectedAttribution>? expected, AnswerResult answer)
    {
        if (expected is not { Count: > 0 })
        {
            return null;
        }

        var missing = new List<string>();
        foreach (var pair in expected)
        {
            var actor = pair.Actor ?? string.Empty;
            var stance = ClaimStances.Parse(pair.Stance);
            var found = answer.Citations
                .SelectMany(c => ClaimExtractor.Extract(new Passage(c.PassageId, c.DocumentId, 0, string.Empty, 0, c.Quote.Length, c.Quote), [actor]))
                .Any(c => c.Stance == stance && c.Actor.Contains(actor, StringComparison.OrdinalIgnoreCase));
            if (!found)
            {
                missing.Add($"{actor}/{ClaimStances.ToText(stance)}");
            }
        }

        return new AttributionScore(expected.Count - missing.Count, expected.Count, missing);
    }
}
