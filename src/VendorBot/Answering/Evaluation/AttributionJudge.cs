using VendorBot.Knowledge.Claims;

namespace VendorBot.Answering.Evaluation;

/// <summary>
/// Checks <c>must_attribute</c> the way a reader would: a pair is attributed when one line of the answer (its text, with
/// the quotes it shows) names the expected actor together with a word of the expected stance ("Norvatel denied…",
/// "…the ministry accused…"). It deliberately does not use the claim extractor, so the judge cannot share the
/// extractor's blind spots: an answer that quotes "the company rejected the timeline" without saying which company
/// does not attribute the denial to anyone.
/// </summary>
internal static class AttributionJudge
{
    private static readonly IReadOnlyDictionary<ClaimStance, string[]> StanceWords = new Dictionary<ClaimStance, string[]>
    {
        [ClaimStance.Alleges] = ["accus", "alleg", "claim", "charg", "sue", "sued", "sues", "suing", "lawsuit", "complaint", "blam", "contend", "assert", "argu", "cited", "warn"],
        [ClaimStance.Denies] = ["deni", "deny", "reject", "disput", "rebut", "refut", "dismiss", "contest", "no", "not", "never", "false", "unfounded", "could not", "n't"],
        [ClaimStance.Confirms] = ["admit", "confirm", "acknowledg", "conced", "apolog", "plead", "accept", "agree", "conclud", "found", "disclos", "mistake", "responsib"],
        [ClaimStance.Reports] = ["report", "said", "say", "found", "reveal", "publish", "accord", "told", "wrote", "describ", "show", "disclos", "announc", "identif", "discover", "book"],
    };

    /// <summary>Scores <paramref name="answer"/> against <paramref name="expected"/>; null when nothing is expected.</summary>
    public static AttributionScore? Score(IReadOnlyList<ExpectedAttribution>? expected, AnswerResult answer)
    {
        if (expected is not { Count: > 0 })
        {
            return null;
        }

        var lines = answer.Outcome == AnswerOutcome.Answered
            ? answer.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        var missing = new List<string>();
        foreach (var pair in expected)
        {
            var actor = pair.Actor ?? string.Empty;
            var stance = ClaimStances.Parse(pair.Stance);
            if (!lines.Any(line => Attributes(line, actor, stance)))
            {
                missing.Add($"{actor}/{ClaimStances.ToText(stance)}");
            }
        }

        return new AttributionScore(expected.Count - missing.Count, expected.Count, missing);
    }

    /// <summary>True when <paramref name="line"/> names <paramref name="actor"/> and says a word of <paramref name="stance"/>.</summary>
    public static bool Attributes(string line, string actor, ClaimStance stance) =>
        actor.Length > 0
        && line.Contains(actor, StringComparison.OrdinalIgnoreCase)
        && StanceWords[stance].Any(word => HasWordStartingWith(line, word));

    private static bool HasWordStartingWith(string line, string prefix)
    {
        var index = 0;
        while ((index = line.IndexOf(prefix, index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var atWordStart = index == 0 || !char.IsLetter(line[index - 1]) || prefix[0] == 'n' && prefix.StartsWith("n'", StringComparison.Ordinal);
            var end = index + prefix.Length;
            var shortWord = prefix.Length > 3 || end == line.Length || !char.IsLetter(line[end]);
            if (atWordStart && shortWord)
            {
                return true;
            }

            index = end;
        }

        return false;
    }
}
