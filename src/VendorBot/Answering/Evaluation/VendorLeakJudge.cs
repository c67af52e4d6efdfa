using VendorBot.Knowledge.Text;

namespace VendorBot.Answering.Evaluation;

/// <summary>
/// Finds what a reader would take as a statement about a vendor the question did not name: an answer line (or a cited
/// quote the answer text does not show) that names a known vendor (from the documents' front matter) and none of the vendors the question names.
/// A vendor that only ever appears in the documents of a vendor asked about is part of that story (the adware maker in
/// the laptop maker's story) and is not counted; a vendor with a document of its own is (another company's denial).
/// Questions that name no vendor are not judged. Like <see cref="AttributionJudge"/> it reads only what the reader
/// sees and shares nothing with the question analyzer it is testing, except the edit distance used for typos.
/// </summary>
internal sealed class VendorLeakJudge
{
    private readonly IReadOnlyList<(string Vendor, IReadOnlyList<string> Terms)> _vendors;
    private readonly IReadOnlyList<IReadOnlyList<string>> _documents;

    private VendorLeakJudge(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        _documents = documents;
        _vendors = [.. documents
            .SelectMany(vendors => vendors)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(vendor => (vendor, TextAnalyzer.Terms(vendor)))
            .Where(vendor => vendor.Item2.Count > 0)];
    }

    /// <summary>A judge for an index whose documents are about these vendors (one list per document).</summary>
    public static VendorLeakJudge Of(IEnumerable<IReadOnlyList<string>> documentVendors) => new([.. documentVendors]);

    /// <summary>The vendors <paramref name="answer"/> states something about that <paramref name="question"/> does not name, in order of appearance.</summary>
    public IReadOnlyList<string> Leaks(string question, AnswerResult answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Outcome != AnswerOutcome.Answered)
        {
            return [];
        }

        var asked = Asked(TextAnalyzer.Words(question));
        if (asked.Count == 0)
        {
            return [];
        }

        // A quoted sentence is read in its answer line, with the speaker the line names; one the text does not show, alone.
        var lines = answer.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var units = lines.Concat(answer.Citations
            .SelectMany(c => c.Quote.Split('…', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(quote => !lines.Any(line => line.Contains(quote, StringComparison.Ordinal))));
        var leaks = new List<string>();
        foreach (var unit in units)
        {
            var named = Named(TextAnalyzer.Terms(unit));
            if (named.Exists(asked.Contains))
            {
                continue;
            }

            leaks.AddRange(named.Where(vendor => HasOwnStory(vendor, asked) && !leaks.Contains(vendor, StringComparer.OrdinalIgnoreCase)));
        }

        return leaks;
    }

    // Named as the index spells it, written together ("tplink"), by its first word when that is distinctive ("Delta"),
    // by the initials of its words in capitals ("CA"), or misspelt (edit distance, same first letter).
    private HashSet<string> Asked(IReadOnlyList<Word> words)
    {
        var terms = words.Select(w => w.Term).ToList();
        var asked = new HashSet<string>(Named(terms), StringComparer.OrdinalIgnoreCase);
        foreach (var (vendor, vendorTerms) in _vendors)
        {
            var joined = string.Concat(vendorTerms);
            var initials = string.Concat(vendorTerms.Select(t => t[0]));
            if (words.Any(w => vendorTerms.Count > 1 && w.Surface.Length > 1 && w.Surface.All(char.IsUpper) && w.Term == initials
                || IsTypo(w, joined)))
            {
                asked.Add(vendor);
            }
        }

        return asked;
    }

    // A typo keeps the first letter ("hauwei"): a word that merely looks like a short name ("room", "zoom") is not one.
    private static bool IsTypo(Word word, string name) =>
        !word.IsStopword && word.Term[0] == name[0] && EditDistance.TypoLimit(word.Term.Length) is var limit and > 0
        && EditDistance.Between(word.Term, name, limit) <= limit;

    private List<string> Named(IReadOnlyList<string> terms) =>
    [
        .. _vendors
            .Where(v => TextAnalyzer.ContainsRun(terms, v.Terms)
                || v.Terms.Count > 1 && (terms.Contains(string.Concat(v.Terms)) || v.Terms[0].Length >= 4 && terms.Contains(v.Terms[0])))
            .Select(v => v.Vendor),
    ];

    private bool HasOwnStory(string vendor, HashSet<string> asked) =>
        _documents.Any(document => document.Contains(vendor, StringComparer.OrdinalIgnoreCase) && !document.Any(asked.Contains));
}
