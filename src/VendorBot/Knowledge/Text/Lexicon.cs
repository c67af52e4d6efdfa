using System.Collections.Frozen;

namespace VendorBot.Knowledge.Text;

/// <summary>
/// The domain lexicon (<c>Knowledge/Text/lexicon.txt</c>, embedded): casual words that carry no content, words of
/// judgement ("legit", "credible"), groups of paraphrases ("spy ~ surveillance ~ espionage") and, among those, groups
/// that name an event a source reports or not ("ban ~ prohibit ~ blacklist"). Everything is analysed by
/// <see cref="TextAnalyzer"/>, so a paraphrase is a set of index stems and matches the way the index matches; an
/// event's wordings are the members' terms as written, so they match only a word written as listed.
/// </summary>
internal sealed class Lexicon
{
    private const string ResourceName = "VendorBot.Knowledge.Text.lexicon.txt";
    private readonly FrozenSet<string> _casual;
    private readonly FrozenSet<string> _judgement;
    private readonly FrozenDictionary<string, IReadOnlyList<IReadOnlyList<string>>> _paraphrases;
    private readonly FrozenDictionary<string, IReadOnlyList<IReadOnlyList<string>>> _eventWordings;

    private Lexicon(
        FrozenSet<string> casual,
        FrozenSet<string> judgement,
        FrozenDictionary<string, IReadOnlyList<IReadOnlyList<string>>> paraphrases,
        FrozenDictionary<string, IReadOnlyList<IReadOnlyList<string>>> eventWordings)
    {
        _casual = casual;
        _judgement = judgement;
        _paraphrases = paraphrases;
        _eventWordings = eventWordings;
    }

    /// <summary>The lexicon shipped with the bot.</summary>
    public static Lexicon Default { get; } = Load();

    /// <summary>True when the stem is a casual word that carries no content.</summary>
    public bool IsCasual(string stem) => _casual.Contains(stem);

    /// <summary>True when the stem is a word of judgement ("legit", "credible"): it asks for the reader's verdict on what the sources say, not about another topic.</summary>
    public bool IsJudgement(string stem) => _judgement.Contains(stem);

    /// <summary>
    /// For a word (by stem) that names an event ("banned", "lawsuit", "fired"), the wordings that report the same
    /// event: the terms of each member of its event groups, as written ("throw out" is two terms), leaving out members
    /// whose word belongs to groups of other senses too ("block" bans and censors); null when the word names no event.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>>? EventWordings(string stem) => _eventWordings.GetValueOrDefault(stem);

    /// <summary>
    /// The paraphrases of one word (by stem): each a list of content stems (one for a word, several for a phrase),
    /// never the word itself.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Paraphrases(string stem) => _paraphrases.GetValueOrDefault(stem) ?? [];

    /// <summary>Parses lexicon text (the format of <c>lexicon.txt</c>).</summary>
    public static Lexicon Parse(string text)
    {
        var casual = new HashSet<string>(StringComparer.Ordinal);
        var judgement = new HashSet<string>(StringComparer.Ordinal);
        var groups = new Dictionary<string, List<IReadOnlyList<string>>>(StringComparer.Ordinal);
        var lines = new List<(string Line, bool IsEvent)>();
        var section = string.Empty;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1];
                continue;
            }

            if (section is "casual" or "judgement")
            {
                (section == "casual" ? casual : judgement).UnionWith(TextAnalyzer.Terms(line).Select(TextAnalyzer.Stem));
            }
            else if (section is "paraphrases" or "events")
            {
                AddGroup(groups, line);
                lines.Add((line, section == "events"));
            }
            else
            {
                throw new FormatException($"lexicon line outside [casual], [judgement], [paraphrases] or [events]: '{line}'");
            }
        }

        return new Lexicon(
            casual.ToFrozenSet(StringComparer.Ordinal),
            judgement.ToFrozenSet(StringComparer.Ordinal),
            groups.ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<IReadOnlyList<string>>)g.Value, StringComparer.Ordinal),
            EventWordings(lines));
    }

    // Each event group's members as written, found by the stem of every member; a one-word member whose stem is in
    // several groups has several senses and reports none of them for sure.
    private static FrozenDictionary<string, IReadOnlyList<IReadOnlyList<string>>> EventWordings(List<(string Line, bool IsEvent)> lines)
    {
        var groups = lines
            .Select(line => (line.IsEvent, Members: line.Line.Split('~', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(member => TextAnalyzer.Terms(member))
                .Where(terms => terms.Count > 0)
                .ToList()))
            .ToList();
        var senses = groups
            .SelectMany(group => group.Members.Where(m => m.Count == 1).Select(m => TextAnalyzer.Stem(m[0])).Distinct(StringComparer.Ordinal))
            .CountBy(stem => stem, StringComparer.Ordinal)
            .ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var wordings = new Dictionary<string, List<IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var (_, members) in groups.Where(g => g.IsEvent))
        {
            var reporting = members.Where(m => m.Count > 1 || senses[TextAnalyzer.Stem(m[0])] == 1).ToList();
            foreach (var stem in members.SelectMany(m => m).Where(term => !Stopwords.Contains(term)).Select(TextAnalyzer.Stem).Distinct(StringComparer.Ordinal))
            {
                var list = wordings.TryGetValue(stem, out var existing) ? existing : wordings[stem] = [];
                list.AddRange(reporting.Where(r => !list.Exists(known => known.SequenceEqual(r, StringComparer.Ordinal))));
            }
        }

        return wordings.ToFrozenDictionary(w => w.Key, w => (IReadOnlyList<IReadOnlyList<string>>)w.Value, StringComparer.Ordinal);
    }

    private static void AddGroup(Dictionary<string, List<IReadOnlyList<string>>> groups, string line)
    {
        var members = line.Split('~', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(member => (IReadOnlyList<string>)TextAnalyzer.Words(member).Where(w => !w.IsStopword).Select(w => w.Stem).ToList())
            .Where(stems => stems.Count > 0)
            .ToList();

        // A phrase ("push back") is found by its first content word.
        foreach (var member in members)
        {
            var list = groups.TryGetValue(member[0], out var existing) ? existing : groups[member[0]] = [];
            foreach (var other in members.Where(o => !(o.Count == 1 && o[0] == member[0])))
            {
                if (!list.Exists(known => known.SequenceEqual(other, StringComparer.Ordinal)))
                {
                    list.Add(other);
                }
            }
        }
    }

    private static Lexicon Load()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded lexicon '{ResourceName}' is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
