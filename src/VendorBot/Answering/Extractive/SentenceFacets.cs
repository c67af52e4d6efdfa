using System.Collections.Frozen;
using System.Text.RegularExpressions;
using VendorBot.Knowledge.Text;

namespace VendorBot.Answering.Extractive;

/// <summary>What part of an answer a sentence can serve, recognised from its words.</summary>
[Flags]
internal enum SentenceFacets
{
    /// <summary>Nothing in particular.</summary>
    None = 0,

    /// <summary>Reports a claim with its source: accused, alleged, reported, found, according to.</summary>
    Claim = 1,

    /// <summary>A response of the accused: denied, rejected, disputed, admitted, acknowledged, apologised.</summary>
    Response = 2,

    /// <summary>An outcome: a settlement, a fine, a ruling, an order, a plea, an end.</summary>
    Outcome = 4,

    /// <summary>An amount: a number, money, a percentage.</summary>
    Amount = 8,

    /// <summary>A date: a year or a month.</summary>
    Date = 16,

    /// <summary>
    /// A response that takes a stance: the party asked about denies or admits (by the claim extractor), not merely
    /// "said" something. Judged in the selector, never from words alone.
    /// </summary>
    Stance = 32,

    /// <summary>A reason or cause: because, due to, caused, arose, explained, the reason; a view given as one ("in his view").</summary>
    Reason = 64,

    /// <summary>An enumeration: a series of three or more items ("A, B and C").</summary>
    Enumeration = 128,

    /// <summary>
    /// An amount of something the question names: a number beside one of its words ("60,000 emails"). Judged in the
    /// selector, never from the sentence alone.
    /// </summary>
    AskedAmount = 256,
}

/// <summary>Recognises <see cref="SentenceFacets"/> by index stems (general reporting vocabulary, not any document's wording).</summary>
internal static partial class SentenceFacetCues
{
    private static readonly FrozenSet<string> Claim = Stems(
        "accuse accused accusation allege alleged allegation claim claimed report reported reveal revealed found discover discovered according charge charged complaint lawsuit sued warn warned research researchers book published");

    private static readonly FrozenSet<string> Response = Stems(
        "deny denied denies denial reject rejected dispute disputed rebut rebutted refute refuted admit admitted acknowledge acknowledged confirm confirmed apologise apologised apologize apologized apology concede conceded statement mistake mistaken said says told stated argued argues insisted replied wrote responsibility insist insisted maintain maintained defended");

    private static readonly FrozenSet<string> Outcome = Stems(
        "settle settled settlement fine fined penalty order ordered ruling ruled judge court dismissed agreed plead pleaded guilty sentence sentenced concluded conclusion ended expire expired lifted dropped final finalised finalized approved verdict closed shut banned ban suspended restriction resolved proposal proposed remove removed evidence finding findings");

    private static readonly FrozenSet<string> Reason = Stems(
        "because due cause caused causes reason reasons arose arise arisen explain explained explanation blame blamed result resulted resulting led");

    private static readonly FrozenSet<string> Money = Stems("million billion percent per cent dollar dollars euro euros bitcoin");

    private static readonly FrozenSet<string> Months = Stems("january february march april may june july august september october november december");

    /// <summary>The facets <paramref name="words"/> serve.</summary>
    public static SentenceFacets Of(IReadOnlyList<Word> words, string text)
    {
        var facets = SentenceFacets.None;
        foreach (var word in words)
        {
            facets |= Claim.Contains(word.Stem) ? SentenceFacets.Claim : SentenceFacets.None;
            facets |= Response.Contains(word.Stem) ? SentenceFacets.Response : SentenceFacets.None;
            facets |= Outcome.Contains(word.Stem) ? SentenceFacets.Outcome : SentenceFacets.None;
            facets |= Reason.Contains(word.Stem) ? SentenceFacets.Reason : SentenceFacets.None;
            facets |= Money.Contains(word.Stem) || (word.Term.Any(char.IsAsciiDigit) && !IsYear(word.Term)) ? SentenceFacets.Amount : SentenceFacets.None;
            facets |= IsYear(word.Term) || (Months.Contains(word.Stem) && word.IsName) ? SentenceFacets.Date : SentenceFacets.None;
        }

        facets |= text.Contains('$', StringComparison.Ordinal) || text.Contains('%', StringComparison.Ordinal) ? SentenceFacets.Amount : SentenceFacets.None;
        facets |= ReasonPhrase().IsMatch(text) ? SentenceFacets.Reason : SentenceFacets.None;
        return Series().IsMatch(text) ? facets | SentenceFacets.Enumeration : facets;
    }

    /// <summary>
    /// True when <paramref name="word"/> of <paramref name="text"/> is a number that can count or measure something:
    /// digits that are not a year nor part of an identifier ("Storm-0558"), or a money word.
    /// </summary>
    public static bool IsQuantity(Word word, string text) =>
        Money.Contains(word.Stem) || (word.Term.All(char.IsAsciiDigit) && !IsYear(word.Term) && !IsIdentifierPart(word, text));

    private static bool IsIdentifierPart(Word word, string text) =>
        word.Start >= 2 && text[word.Start - 1] == '-' && char.IsLetter(text[word.Start - 2]);

    /// <summary>True when <paramref name="word"/> is a year or a month, which a capital does not make a name of anyone.</summary>
    public static bool IsTimeWord(Word word) => IsYear(word.Term) || Months.Contains(word.Stem);

    private static bool IsYear(string term) => term.Length == 4 && term.All(char.IsAsciiDigit) && term[..2] is "19" or "20";

    // Discourse cues that give a reason or a purpose without a causal word: a view offered as the ground ("in his
    // view, doing so would ..."), a purpose ("in order to", "so as to", "to avoid").
    [GeneratedRegex(@"\b(in (his|her|its|their|our|my) (view|opinion)|on the grounds|in order to|so as to|to avoid|to prevent|for fear)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonPhrase();

    // Three or more items in a series, the last joined by "and" or "or": short phrases of up to four words with two
    // commas ("the IMEI, the serial number, Wi-Fi details and app usage"), of up to two words with one ("Commerce,
    // Defense and Justice"), or quoted phrases ("“Alpha,” “Beta Gamma” and “Delta”"); longer unquoted phrases with one
    // comma are as likely clauses ("When it refused to pay, the man went further and …").
    [GeneratedRegex(@"\b(?:[\w'-]+(?: [\w'-]+){0,3}, ){2}[\w'-]+(?: [\w'-]+){0,3},? (?:and|or) \w|\b[\w'-]+(?: [\w'-]+)?, [\w'-]+(?: [\w'-]+)? (?:and|or) \w|[""“][^""“”]{1,60}(?:,[""”]|[""”],) [""“][^""“”]{1,60}[""”],? (?:and|or) [""“]\w")]
    private static partial Regex Series();

    private static FrozenSet<string> Stems(string words) => TextAnalyzer.Terms(words).Select(TextAnalyzer.Stem).ToFrozenSet(StringComparer.Ordinal);
}
