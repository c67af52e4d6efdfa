using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using VendorBot.Knowledge.Search;

namespace VendorBot.Knowledge.Text;

/// <summary>
/// The one text analyzer of the bot: the index, the query builder, the relevance gate, question understanding and
/// the composer all see words through it, so a word means the same thing everywhere. It splits text the way the
/// index's <c>unicode61 remove_diacritics 2</c> tokenizer does (letters, digits and private-use characters form
/// tokens, everything else separates them, Latin diacritics are dropped: "Zürich" is "zurich"), stems with the exact
/// C# port of FTS5's Porter stemmer (<see cref="Fts5PorterStemmer"/>), and marks stopwords (<see cref="Stopwords"/>)
/// and names (capitalised inside a sentence, or all capitals).
/// </summary>
internal static class TextAnalyzer
{
    private const int LatinExtendedBEnd = 0x024F;
    private const int LatinExtendedAdditionalStart = 0x1E00;
    private const int LatinExtendedAdditionalEnd = 0x1EFF;
    private const int MaxMemoisedStems = 200_000;
    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);

    /// <summary>The index's tokens of <paramref name="text"/> (lower case, folded, not stemmed) in order, duplicates kept.</summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        var tokens = new List<string>();
        Scan(text, (_, _, term, _) => tokens.Add(term));
        return tokens;
    }

    /// <summary>The index term (Porter stem) of one token as <see cref="Terms"/> gives it.</summary>
    public static string Stem(string term)
    {
        if (Stems.TryGetValue(term, out var stem))
        {
            return stem;
        }

        stem = Fts5PorterStemmer.Stem(term);
        if (Stems.Count < MaxMemoisedStems)
        {
            Stems.TryAdd(term, stem);
        }

        return stem;
    }

    /// <summary>The words of <paramref name="text"/> in order, with their surface, term, stem and flags.</summary>
    public static IReadOnlyList<Word> Words(string? text)
    {
        var words = new List<Word>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        Scan(text, (start, end, term, sentenceStart) =>
        {
            var surface = text[start..end];
            var isStopword = Stopwords.Contains(term) && !IsAllCaps(surface);
            var isName = !isStopword && (IsAllCaps(surface) || (char.IsUpper(surface[0]) && !sentenceStart));
            words.Add(new Word(surface, term, Stem(term), start, isStopword, isName));
        });
        return words;
    }

    /// <summary>The distinct stems of the content words (not stopwords) of <paramref name="text"/>.</summary>
    public static IReadOnlySet<string> ContentStems(string? text) =>
        Words(text).Where(w => !w.IsStopword).Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>The distinct stems of all words of <paramref name="text"/>.</summary>
    public static HashSet<string> AllStems(string? text) => Terms(text).Select(Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="terms"/> (a text's terms) hold all of <paramref name="run"/> (a name's terms) in a row.</summary>
    public static bool ContainsRun(IReadOnlyList<string> terms, IReadOnlyList<string> run)
    {
        if (run.Count == 0)
        {
            return false;
        }

        for (var i = 0; i + run.Count <= terms.Count; i++)
        {
            var k = 0;
            while (k < run.Count && terms[i + k] == run[k])
            {
                k++;
            }

            if (k == run.Count)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllCaps(string surface) =>
        surface.Length > 1 && surface.Any(char.IsLetter) && surface.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private delegate void TokenSink(int start, int end, string term, bool sentenceStart);

    private static void Scan(string? text, TokenSink sink)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var current = new StringBuilder();
        var start = 0;
        var index = 0;
        var sentenceStart = true;
        foreach (var rune in text.EnumerateRunes())
        {
            var kind = rune.IsAscii
                ? (char.IsAsciiLetterOrDigit((char)rune.Value) ? RuneKind.TokenCharacter : RuneKind.Separator)
                : Classify(rune);
            switch (kind)
            {
                case RuneKind.TokenCharacter:
                    if (current.Length == 0)
                    {
                        start = index;
                    }

                    if (rune.IsAscii)
                    {
                        current.Append(char.ToLowerInvariant((char)rune.Value));
                    }
                    else
                    {
                        AppendFolded(current, rune);
                    }

                    break;
                case RuneKind.Diacritic:
                    break;
                default:
                    if (current.Length > 0)
                    {
                        sink(start, index, current.ToString(), sentenceStart);
                        current.Clear();
                        sentenceStart = false;
                    }

                    if (rune.Value is '.' or '?' or '!' or '\n' or '。' or '！' or '？')
                    {
                        sentenceStart = true;
                    }

                    break;
            }

            index += rune.Utf16SequenceLength;
        }

        if (current.Length > 0)
        {
            sink(start, index, current.ToString(), sentenceStart);
        }
    }

    private static RuneKind Classify(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.PrivateUse => RuneKind.TokenCharacter,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => RuneKind.Diacritic,
        _ => RuneKind.Separator,
    };

    // remove_diacritics 2 folds Latin letters only (é → e, ḱ → k); Greek and Cyrillic keep theirs (ά, й), as SQLite does.
    private static void AppendFolded(StringBuilder current, Rune rune)
    {
        var lower = Rune.ToLowerInvariant(rune);
        if (!IsLatin(lower))
        {
            current.Append(lower.ToString());
            return;
        }

        foreach (var part in lower.ToString().Normalize(NormalizationForm.FormD).EnumerateRunes())
        {
            if (Classify(part) == RuneKind.TokenCharacter)
            {
                current.Append(part.ToString());
            }
        }
    }

    private static bool IsLatin(Rune rune) => rune.Value is <= LatinExtendedBEnd or (>= LatinExtendedAdditionalStart and <= LatinExtendedAdditionalEnd);

    private enum RuneKind
    {
        Separator,
        TokenCharacter,
        Diacritic,
    }
}
