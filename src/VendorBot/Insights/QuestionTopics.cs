using VendorBot.Answering.Log;
using VendorBot.Knowledge.Text;

namespace VendorBot.Insights;

/// <summary>
/// Groups declined questions by topic. Questions are of one topic when they name the same known vendors and share most
/// of their topic: the content-word stems (<see cref="TextAnalyzer"/>: no stopwords, no casual words, not the vendors'
/// names) each weighted by how rare it is among the window's questions (idf), so "happened" shared by many questions
/// about different things ties little together; two questions are linked when the stems they share weigh more than half
/// of the lighter question's stems, and a topic is every question linked to another of it.
/// </summary>
internal static class QuestionTopics
{
    /// <summary>A declined question with the known vendors it names.</summary>
    /// <param name="Logged">The question as logged.</param>
    /// <param name="Vendors">The known vendors it names, in the index's spelling.</param>
    public sealed record Declined(LoggedQuestion Logged, IReadOnlyList<string> Vendors);

    /// <summary>
    /// The topics of <paramref name="declined"/>, most questions first (the latest asked first among equals), weighting
    /// words by their frequency among <paramref name="window"/> (every question of the window).
    /// </summary>
    public static IReadOnlyList<UncoveredTopic> Group(IReadOnlyList<Declined> declined, IReadOnlyList<string> window)
    {
        ArgumentNullException.ThrowIfNull(declined);
        ArgumentNullException.ThrowIfNull(window);
        var weight = Weights(window);
        var items = declined.Select(question => Analyse(question, weight)).ToList();
        var topics = new List<UncoveredTopic>();
        foreach (var bucket in items.GroupBy(item => item.VendorKey, StringComparer.Ordinal))
        {
            var members = bucket.ToList();
            var parent = Enumerable.Range(0, members.Count).ToArray();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    if (Similar(members[i], members[j], weight))
                    {
                        parent[Root(parent, i)] = Root(parent, j);
                    }
                }
            }

            topics.AddRange(Enumerable.Range(0, members.Count)
                .GroupBy(i => Root(parent, i))
                .Select(group => Topic([.. group.Select(i => members[i])], weight)));
        }

        return [.. topics.OrderByDescending(topic => topic.Questions).ThenByDescending(topic => topic.LastAsked)];
    }

    private sealed record Item(LoggedQuestion Logged, IReadOnlyList<string> Vendors, string VendorKey, IReadOnlyDictionary<string, string> Stems, double Weight);

    // The topic's stems of a question, each with the word that wrote it first (names keep their capitals).
    private static Dictionary<string, string> TopicWords(string text, IReadOnlyList<string> vendors)
    {
        var vendorStems = vendors.SelectMany(TextAnalyzer.Terms).Select(TextAnalyzer.Stem).ToHashSet(StringComparer.Ordinal);
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in TextAnalyzer.Words(text))
        {
            if (!word.IsStopword && !Lexicon.Default.IsCasual(word.Stem) && !vendorStems.Contains(word.Stem))
            {
                stems.TryAdd(word.Stem, word.IsName ? word.Surface : word.Term);
            }
        }

        return stems;
    }

    // A stem's idf among the window's questions; one no question of the window has (only in a standalone form) weighs as the rarest.
    private static Func<string, double> Weights(IReadOnlyList<string> window)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in window)
        {
            foreach (var stem in TextAnalyzer.ContentStems(text))
            {
                frequency[stem] = frequency.GetValueOrDefault(stem) + 1;
            }
        }

        var total = Math.Max(window.Count, 1);
        var weights = frequency.ToDictionary(pair => pair.Key, pair => Math.Log(1 + ((double)total / pair.Value)), StringComparer.Ordinal);
        var rarest = Math.Log(1 + total);
        return stem => weights.GetValueOrDefault(stem, rarest);
    }

    private static Item Analyse(Declined question, Func<string, double> weight)
    {
        var text = question.Logged.StandaloneQuestion ?? question.Logged.Question;
        var key = string.Join('\n', question.Vendors.Select(vendor => vendor.ToUpperInvariant()).Order(StringComparer.Ordinal));
        var stems = TopicWords(text, question.Vendors);
        return new Item(question.Logged, question.Vendors, key, stems, stems.Keys.Sum(weight));
    }

    private static bool Similar(Item a, Item b, Func<string, double> weight)
    {
        if (a.Stems.Count == 0 || b.Stems.Count == 0)
        {
            return a.Stems.Count == b.Stems.Count; // both only name the vendors
        }

        var shared = a.Stems.Keys.Where(b.Stems.ContainsKey).Sum(weight);
        return shared > Math.Min(a.Weight, b.Weight) / 2;
    }

    private static int Root(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static UncoveredTopic Topic(List<Item> members, Func<string, double> weight)
    {
        var latestFirst = members.OrderByDescending(member => member.Logged.CreatedAt).ToList();
        var words = latestFirst
            .SelectMany(member => member.Stems)
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(group => (Stem: group.Key, Word: group.First().Value, Count: group.Count()))
            .Where(stem => members.Count == 1 || stem.Count * 2 > members.Count)
            .OrderByDescending(stem => stem.Count)
            .ThenByDescending(stem => weight(stem.Stem))
            .ThenBy(stem => stem.Stem, StringComparer.Ordinal)
            .Take(InsightsLimits.TopicWords)
            .Select(stem => stem.Word)
            .ToList();
        var examples = latestFirst
            .Select(member => member.Logged.Question.Trim())
            .DistinctBy(question => question.ToUpperInvariant())
            .Take(InsightsLimits.ExamplesPerTopic)
            .Select(question => question.Length <= InsightsLimits.ExampleCharacters ? question : question[..(InsightsLimits.ExampleCharacters - 1)].TrimEnd() + "…")
            .ToList();
        return new UncoveredTopic(words, members[0].Vendors, members.Count, latestFirst[0].Logged.CreatedAt, examples);
    }
}
