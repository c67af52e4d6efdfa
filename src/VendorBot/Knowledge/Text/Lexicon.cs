using System.Collections.Frozen;

namespace VendorBot.Knowledge.Text;

/// <summary>
/// The domain lexicon (<c>Knowledge/Text/lexicon.txt</c>, embedded): casual words that carry no content, and groups
/// of paraphrases ("spy ~ surveillance ~ espionage"). Everything is analysed by <see cref="TextAnalyzer"/>, so a
/// paraphrase is a set of index stems and matches the way the index matches.
/// </summary>
internal sealed class Lexicon
{
    private const string ResourceName = "VendorBot.Knowledge.Text.lexicon.txt";
    private readonly FrozenSet<string> _casual;
    private readonly FrozenDictionary<string, IReadOnlyList<IReadOnlyList<string>>> _paraphrases;

    private Lexicon(FrozenSet<string> casual, FrozenDictionary<string, IReadOnlyList<IReadOnlyList<string>>> paraphrases)
    {
        _casual = casual;
        _paraphrases = paraphrases;
    }

    /// <summary>The lexicon shipped with the bot.</summary>
    public static Lexicon Default { get; } = Load();

    /// <summary>True when the stem is a casual word that carries no content.</summary>
    public bool IsCasual(string stem) => _casual.Contains(stem);

    /// <summary>
    /// The paraphrases of one word (by stem): each a list of content stems (one for a word, several for a phrase),
    /// never the word itself.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Paraphrases(string stem) => _paraphrases.GetValueOrDefault(stem) ?? [];

    /// <summary>Parses lexicon text (the format of <c>lexicon.txt</c>).</summary>
    public static Lexicon Parse(string text)
    {
        var casual = new HashSet<string>(StringComparer.Ordinal);
        var groups = new Dictionary<string, List<IReadOnlyList<string>>>(StringComparer.Ordinal);
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

            if (section == "casual")
            {
                casual.UnionWith(TextAnalyzer.Terms(line).Select(TextAnalyzer.Stem));
            }
            else if (section == "paraphrases")
            {
                AddGroup(groups, line);
            }
            else
            {
                throw new FormatException($"lexicon line outside [casual] or [paraphrases]: '{line}'");
            }
        }

        return new Lexicon(
            casual.ToFrozenSet(StringComparer.Ordinal),
            groups.ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<IReadOnlyList<string>>)g.Value, StringComparer.Ordinal));
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
