using VendorBot.Knowledge.Search;

namespace VendorBot.Answering.Text;

/// <summary>
/// Splits text into word tokens the way the index sees them (letters and digits, lower-cased, stemmed by the index's
/// own FTS5 Porter stemmer, so the stems are the terms the index's statistics count),
/// and marks stopwords and names. Apostrophes end a word, so "Pakistan’s" gives "pakistan" and the stopword "s".
/// </summary>
internal static class TextTokenizer
{
    /// <summary>Returns the tokens of <paramref name="text"/> in order.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                if (text[i] is '.' or '?' or '!' or '\n' or '。' or '！' or '？')
                {
                    sentenceStart = true;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                i++;
            }

            var surface = text[start..i];
            var lower = surface.ToLowerInvariant();
            var isStopword = Stopwords.Contains(lower);
            var allCaps = surface.Length > 1 && surface.All(c => !char.IsLetter(c) || char.IsUpper(c)) && surface.Any(char.IsLetter);
            var capitalised = char.IsUpper(surface[0]);
            var isName = !isStopword && (allCaps || (capitalised && !sentenceStart));
            tokens.Add(new Token(surface, IndexTerms.Stem(lower), isStopword, isName));
            sentenceStart = false;
        }

        return tokens;
    }

    /// <summary>The distinct stems of the content words (not stopwords) of <paramref name="text"/>.</summary>
    public static IReadOnlySet<string> ContentStems(string text) =>
        Tokenize(text).Where(t => !t.IsStopword).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
}
