using System.Globalization;
using System.Text;

namespace VendorBot.Knowledge.Search;

/// <summary>
/// Splits text into lower-case tokens the way the index's <c>unicode61 remove_diacritics 2</c> tokenizer does:
/// letters, digits and private-use characters form tokens, everything else separates them, diacritics are dropped.
/// </summary>
internal static class QueryTokenizer
{
    private const int LatinExtendedBEnd = 0x024F;
    private const int LatinExtendedAdditionalStart = 0x1E00;
    private const int LatinExtendedAdditionalEnd = 0x1EFF;

    /// <summary>Returns the tokens of <paramref name="text"/> in order (duplicates kept).</summary>
    public static IReadOnlyList<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                var c = (char)rune.Value;
                if (char.IsAsciiLetterOrDigit(c))
                {
                    current.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    Flush(current, tokens);
                }

                continue;
            }

            switch (Classify(rune))
            {
                case RuneKind.TokenCharacter:
                    AppendFolded(current, rune);
                    break;
                case RuneKind.Diacritic:
                    break;
                default:
                    Flush(current, tokens);
                    break;
            }
        }

        Flush(current, tokens);
        return tokens;
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

    private static void Flush(StringBuilder current, List<string> tokens)
    {
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
            current.Clear();
        }
    }

    private enum RuneKind
    {
        Separator,
        TokenCharacter,
        Diacritic,
    }
}
