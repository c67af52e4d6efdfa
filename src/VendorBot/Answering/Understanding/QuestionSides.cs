using System.Collections.Frozen;
using VendorBot.Knowledge.Text;

namespace VendorBot.Answering.Understanding;

/// <summary>
/// Reads the parts of a question that set things against each other or leave something out:
/// <list type="bullet">
/// <item>The sides of a comparison: the vendors it names when it names two or more, else the phrases joined by
/// "vs", "versus" or "compared to/with" ("Spain vs the Netherlands on Acme" sets Spain against the Netherlands), or by
/// "and"/"or" when the question compares ("how did Spain and Portugal each handle it").</item>
/// <item>Its yardstick: the words of its "which …" clause ("which one came out clean"), the reader's to apply to each
/// side's facts, which the sources need not use.</item>
/// <item>An exclusion: what follows "besides", "other than", "apart from", "aside from", "except (for)" or
/// "excluding" is what the question already knows of; the answer is about something else.</item>
/// </list>
/// </summary>
internal static class QuestionSides
{
    private const int MaxSideWords = 3;

    private static readonly FrozenSet<string> Joiners = FrozenSet.ToFrozenSet(["vs", "versus"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ComparingJoiners = FrozenSet.ToFrozenSet(["and", "or"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Comparing = FrozenSet.ToFrozenSet(["compared", "comparing"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> YardstickStarts = FrozenSet.ToFrozenSet(["which"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ExclusionCues = FrozenSet.ToFrozenSet(["besides", "excluding", "except"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> TwoWordExclusionCues = FrozenSet.ToFrozenSet(["other than", "apart from", "aside from", "except for"], StringComparer.Ordinal);

    /// <summary>
    /// The sides of a comparison, each as the terms of its name (<see cref="TextAnalyzer.Terms"/>): the vendors
    /// (<paramref name="entities"/>) when there are two or more, else the phrases a joiner sets against each other;
    /// empty when the question sets nothing against anything.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Sides(string question, IReadOnlyList<Word> words, IReadOnlyList<string> entities, bool compares)
    {
        if (entities.Count >= 2)
        {
            return compares ? [.. entities.Select(TextAnalyzer.Terms)] : [];
        }

        for (var i = 1; i < words.Count - 1; i++)
        {
            var joins = Joiners.Contains(words[i].Term)
                || compares && ComparingJoiners.Contains(words[i].Term)
                || Comparing.Contains(words[i].Term) && words[i + 1].Term is "to" or "with";
            var after = Comparing.Contains(words[i].Term) ? i + 2 : i + 1;
            if (!joins || after >= words.Count)
            {
                continue;
            }

            var before = Phrase(question, words, i - 1, -1);
            var next = Phrase(question, words, after, 1);
            if (before.Count > 0 && next.Count > 0)
            {
                return [before, next];
            }
        }

        return [];
    }

    /// <summary>The stems of a comparison's "which …" clause, up to the end of its sentence; empty when it has none.</summary>
    public static IReadOnlySet<string> Yardstick(string question, IReadOnlyList<Word> words)
    {
        var start = words.ToList().FindIndex(w => YardstickStarts.Contains(w.Term));
        if (start < 0)
        {
            return FrozenSet<string>.Empty;
        }

        var yardstick = new HashSet<string>(StringComparer.Ordinal);
        for (var i = start + 1; i < words.Count && !EndsClause(question, words[i - 1], words[i]); i++)
        {
            if (!words[i].IsStopword)
            {
                yardstick.Add(words[i].Stem);
            }
        }

        return yardstick;
    }

    /// <summary>The stems of what the question leaves out ("besides ruritania", "other than New Ruritania"); empty when it leaves out nothing.</summary>
    public static IReadOnlySet<string> Excluded(string question, IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count - 1; i++)
        {
            var cueLength = TwoWordExclusionCues.Contains(words[i].Term + " " + words[i + 1].Term) ? 2 : ExclusionCues.Contains(words[i].Term) ? 1 : 0;
            if (cueLength == 0 || i + cueLength >= words.Count)
            {
                continue;
            }

            var first = i + cueLength;
            while (first < words.Count && words[first].IsStopword && !EndsClause(question, words[first - 1], words[first]))
            {
                first++;
            }

            // Its first word, with the words written as names after a name ("New Ruritania"): what follows a word in
            // lower case may already be the rest of the question ("apart from acme pass the audit").
            var last = first;
            while (last + 1 < words.Count && words[last].IsName && words[last + 1].IsName && !EndsClause(question, words[last], words[last + 1]))
            {
                last++;
            }

            if (first < words.Count && !words[first].IsStopword)
            {
                return words.Skip(first).Take(last - first + 1).Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
            }
        }

        return FrozenSet<string>.Empty;
    }

    // The content words next to a joiner, read away from it (step -1: leftwards), up to a stopword, a break in the
    // text (punctuation) or three words: "south korea" in "italy vs south korea on acme".
    private static List<string> Phrase(string question, IReadOnlyList<Word> words, int from, int step)
    {
        var phrase = new List<string>();
        for (var i = from; i >= 0 && i < words.Count && phrase.Count < MaxSideWords && !words[i].IsStopword; i += step)
        {
            var (left, right) = step > 0 ? (i - 1, i) : (i, i + 1);
            if (phrase.Count > 0 && EndsClause(question, words[left], words[right]))
            {
                break;
            }

            phrase.Add(words[i].Term);
        }

        if (step < 0)
        {
            phrase.Reverse();
        }

        return phrase;
    }

    // True when something other than spaces stands between two words (a dash, a comma, a question mark).
    private static bool EndsClause(string question, Word left, Word right) =>
        question[(left.Start + left.Surface.Length)..right.Start].Any(c => !char.IsWhiteSpace(c) && c != '\'');
}
