using System.Text.RegularExpressions;
using VendorBot.Knowledge.Text;

namespace VendorBot.Knowledge.Claims;

/// <summary>
/// Finds the attributed statements of a passage by rule: per sentence, "according to X", or the first reporting or
/// accusing verb of <see cref="ClaimLexicon.Verbs"/> with its actor (the words before it, or a name right after an
/// inverted "…, says X"). Passive voice ("Y has been accused of") is unattributed unless "by X" follows; a report or
/// finding that negates ("says there is no evidence", "found no evidence") is a denial.
/// </summary>
internal static partial class ClaimExtractor
{
    /// <summary>The claims of <paramref name="passage"/>, with offsets into the document text, in reading order.</summary>
    public static IReadOnlyList<Claim> Extract(Passage passage, IReadOnlyList<string> vendors)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(vendors);
        var claims = new List<Claim>();
        foreach (var span in SentenceSplitter.Split(passage.Text))
        {
            var sentence = span.Slice(passage.Text);
            if (FindClaim(sentence, vendors) is { } found)
            {
                claims.Add(new Claim(
                    passage.Id, found.Actor, found.Stance, Target(sentence, found.Actor, vendors), found.Cue, sentence,
                    passage.Start + span.Start, passage.Start + span.End));
            }
        }

        return claims;
    }

    private static (string Actor, ClaimStance Stance, string Cue)? FindClaim(string sentence, IReadOnlyList<string> vendors)
    {
        if (AccordingTo().Match(sentence) is { Success: true } according)
        {
            var rest = sentence[(according.Index + according.Length)..];
            var source = according.Groups["actor"].Value.Trim();
            source = source.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? source[4..] : source;
            return (source, Negated(ClaimStance.Reports, rest), "according to");
        }

        var words = Word().Matches(sentence);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Value;
            if (!ClaimLexicon.Verbs.TryGetValue(word, out var stance) || !IsVerbUse(words, i))
            {
                continue;
            }

            var after = sentence[(words[i].Index + words[i].Length)..];
            if (IsPassive(words, i))
            {
                var by = ByAgent().Match(after);
                return (by.Success ? ClaimActor.Before(by.Groups["actor"].Value) : ClaimLexicon.Unattributed, stance, word);
            }

            var actor = ClaimActor.Before(sentence[..words[i].Index]);
            if (actor.Length == 0)
            {
                actor = ClaimActor.After(after);
            }

            // The negation may sit on either side of the verb: "said it did not", "was never used, the company said".
            return (ClaimActor.Resolve(actor, vendors), Negated(stance, sentence), word);
        }

        return null;
    }

    private static bool IsVerbUse(MatchCollection words, int i)
    {
        // A capitalised word is a name ("United States", "Reports Weekly"), and one after a determiner a noun ("the claims").
        if (char.IsUpper(words[i].Value[0]) || (i > 0 && ClaimLexicon.Determiners.Contains(words[i - 1].Value)))
        {
            return false;
        }

        // "found" reports a finding only as "found that" / "found no"; otherwise it is "found a company" and the like.
        return !words[i].Value.Equals("found", StringComparison.OrdinalIgnoreCase)
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

    private static ClaimStance Negated(ClaimStance stance, string rest) =>
        stance is ClaimStance.Reports or ClaimStance.Confirms && ClaimLexicon.Negations.Any(n => rest.Contains(n, StringComparison.OrdinalIgnoreCase))
            ? ClaimStance.Denies
            : stance;

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

    [GeneratedRegex(@"\baccording to (?<actor>[^,;:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"^\s+by (?<actor>.+?)(?= (?:of|for|to|in) \p{Ll}|[,;:.]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ByAgent();

    [GeneratedRegex(@"[\p{L}][\p{L}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
