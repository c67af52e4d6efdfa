using System.Collections.Concurrent;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Claims;
using VendorBot.Knowledge.Text;

namespace VendorBot.Answering.Extractive;

/// <summary>
/// The analysis of retrieved passages that does not depend on the question, memoised: the words of a passage with its
/// title (what the relevance gate reads) and its sentences with their words, stems, cue facets and claims (what the
/// evidence selector scores). The same passages come back for question after question, and splitting, tokenising and
/// running the claim extractor on them cost more than the scoring itself. Keyed by the text itself (and the document's
/// vendors, which the claim extractor reads), so a reindex that changes a passage can never be answered from its old
/// analysis; bounded (cleared when full) so a growing index cannot grow the memo without limit: a passage's entries
/// hold its words twice (passage and sentences) with their strings and its stem counts, some tens of KB, so 2,000 passages (the evidence of
/// 250 recent questions) stay, by estimate (not measured), around 100 MB at most.
/// </summary>
internal static class EvidenceText
{
    private const int MaxEntries = 2_000;
    private static readonly ConcurrentDictionary<string, IReadOnlyList<Word>> WordMemo = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> TermMemo = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, StemOccurrences>> StemMemo = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string Text, string Vendors), IReadOnlyList<EvidenceSentence>> SentenceMemo = new();

    /// <summary>The words of <paramref name="hit"/>'s document title and passage text, as <see cref="TextAnalyzer.Words"/> gives them.</summary>
    public static IReadOnlyList<Word> TitledWords(SearchHit hit) => Words(hit.Document.Title + "\n" + hit.Passage.Text);

    /// <summary>The terms of <paramref name="hit"/>'s document title and passage text, as <see cref="TextAnalyzer.Terms"/> gives them.</summary>
    public static IReadOnlyList<string> TitledTerms(SearchHit hit)
    {
        var text = hit.Document.Title + "\n" + hit.Passage.Text;
        if (TermMemo.TryGetValue(text, out var terms))
        {
            return terms;
        }

        terms = [.. Words(text).Select(w => w.Term)];
        Remember(TermMemo, text, terms);
        return terms;
    }

    /// <summary>The stems of <see cref="TitledWords"/>, each with how often it occurs and how often it is written as a name.</summary>
    public static IReadOnlyDictionary<string, StemOccurrences> TitledStems(SearchHit hit)
    {
        var text = hit.Document.Title + "\n" + hit.Passage.Text;
        if (StemMemo.TryGetValue(text, out var stems))
        {
            return stems;
        }

        var counted = new Dictionary<string, StemOccurrences>(StringComparer.Ordinal);
        foreach (var word in Words(text))
        {
            var seen = counted.GetValueOrDefault(word.Stem);
            counted[word.Stem] = new StemOccurrences(seen.Count + 1, seen.Names + (word.IsName ? 1 : 0));
        }

        Remember(StemMemo, text, counted);
        return counted;
    }

    /// <summary><see cref="TextAnalyzer.Words"/> of <paramref name="text"/>, memoised.</summary>
    public static IReadOnlyList<Word> Words(string text)
    {
        if (WordMemo.TryGetValue(text, out var words))
        {
            return words;
        }

        words = [.. TextAnalyzer.Words(text)];
        Remember(WordMemo, text, words);
        return words;
    }

    /// <summary>The sentences of <paramref name="hit"/>'s passage in reading order, each analysed on its own.</summary>
    public static IReadOnlyList<EvidenceSentence> Sentences(SearchHit hit)
    {
        var key = (hit.Passage.Text, string.Join('\u001f', hit.Document.Vendors));
        if (SentenceMemo.TryGetValue(key, out var sentences))
        {
            return sentences;
        }

        var vendors = hit.Document.Vendors.ToArray();
        sentences = [.. SentenceSplitter.Split(hit.Passage.Text).Select(span => Analyse(span, hit.Passage.Text, vendors))];
        Remember(SentenceMemo, key, sentences);
        return sentences;
    }

    /// <summary>The analysed sentence of <paramref name="hit"/>'s passage at <paramref name="span"/>.</summary>
    public static EvidenceSentence Sentence(SearchHit hit, TextSpan span) => Sentences(hit).First(s => s.Span == span);

    private static EvidenceSentence Analyse(TextSpan span, string passage, IReadOnlyList<string> vendors)
    {
        var text = span.Slice(passage);
        var words = TextAnalyzer.Words(text).ToArray();

        // The claim extractor reads the sentence alone (no speaker context), as a passage of its own; the speaker
        // reads it after the passage's earlier sentences ("he said" after "Vlcek said").
        var claims = new Lazy<IReadOnlyList<Claim>>(() => ClaimExtractor.Extract(new Passage(string.Empty, string.Empty, 0, string.Empty, 0, text.Length, text), vendors));
        var speaker = new Lazy<Claim?>(() => ClaimExtractor.ExtractSentence(text, vendors, passage[..span.Start]));
        return new EvidenceSentence(
            span, text, words, words.Select(w => w.Stem).ToHashSet(StringComparer.Ordinal), [.. words.Select(w => w.Term)], SentenceFacetCues.Of(words, text), claims, speaker);
    }

    private static void Remember<TKey, TValue>(ConcurrentDictionary<TKey, TValue> memo, TKey key, TValue value)
        where TKey : notnull
    {
        if (memo.Count >= MaxEntries)
        {
            memo.Clear();
        }

        memo.TryAdd(key, value);
    }
}

/// <summary>How often a stem occurs in a text, and how often it is written as a name there.</summary>
internal readonly record struct StemOccurrences(int Count, int Names);

/// <summary>A sentence of an evidence passage, analysed without the question.</summary>
/// <param name="Span">Where it is in the passage text.</param>
/// <param name="Text">The sentence, verbatim.</param>
/// <param name="Words">Its words.</param>
/// <param name="Stems">The stems of its words.</param>
/// <param name="Terms">Its terms in order (for matching names).</param>
/// <param name="Cues">The facets its words signal (<see cref="SentenceFacetCues.Of"/>).</param>
/// <param name="Claims">The claim extractor's claims in it, read alone (computed on first use).</param>
/// <param name="InContext">Its claim read after the passage's earlier sentences, which resolve "he" and "the company" (computed on first use).</param>
internal sealed record EvidenceSentence(
    TextSpan Span,
    string Text,
    IReadOnlyList<Word> Words,
    IReadOnlySet<string> Stems,
    IReadOnlyList<string> Terms,
    SentenceFacets Cues,
    Lazy<IReadOnlyList<Claim>> Claims,
    Lazy<Claim?> InContext);
