using System.Text;

namespace VendorBot.Knowledge.Search;

/// <summary>
/// The Porter stemmer exactly as SQLite FTS5's <c>porter</c> tokenizer applies it (<c>fts5_porter.c</c>), so a stem
/// computed here equals the term FTS5 stores. It differs from the textbook algorithm in ways that matter for exact
/// counts: it works on UTF-8 bytes (tokens shorter than 3 or longer than 64 bytes pass through; any byte that is not
/// a, e, i, o, u or a y after a consonant is a consonant, so "1990s" stems to "1990"), and it includes the later
/// "logi" and "bli" rules.
/// </summary>
internal static class Fts5PorterStemmer
{
    private const int MinBytes = 3;
    private const int MaxBytes = 64;
    private const int BufferBytes = MaxBytes + 8;

    private static readonly (string Suffix, string Output)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("logi", "log"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"),
        ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"),
        ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ];

    private static readonly (string Suffix, string Output)[] Step3Rules =
    [
        ("ical", "ic"), ("ness", string.Empty), ("icate", "ic"), ("iciti", "ic"), ("ful", string.Empty), ("ative", string.Empty),
        ("alize", "al"),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti",
        "ous", "ive", "ize",
    ];

    /// <summary>Returns the FTS5 porter stem of <paramref name="token"/> (a token as the unicode61 tokenizer emits it).</summary>
    public static string Stem(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var byteCount = Encoding.UTF8.GetByteCount(token);
        if (byteCount is < MinBytes or > MaxBytes)
        {
            return token;
        }

        Span<byte> original = stackalloc byte[MaxBytes];
        Span<byte> buffer = stackalloc byte[BufferBytes];
        Encoding.UTF8.GetBytes(token, original);
        original[..byteCount].CopyTo(buffer);
        var length = StemBytes(buffer, byteCount);
        return buffer[..length].SequenceEqual(original[..byteCount]) ? token : Encoding.UTF8.GetString(buffer[..length]);
    }

    private static int StemBytes(Span<byte> b, int n)
    {
        n = Step1A(b, n);
        n = Step1B(b, n);
        if (b[n - 1] == 'y' && HasVowel(b, n - 1))
        {
            b[n - 1] = (byte)'i';
        }

        n = ApplyFirstMatch(b, n, Step2Rules, minimumMeasure: 0);
        n = ApplyFirstMatch(b, n, Step3Rules, minimumMeasure: 0);
        n = Step4(b, n);
        if (b[n - 1] == 'e' && (MeasureAbove(b, n - 1, 1) || (MeasureIsOne(b, n - 1) && !EndsCvc(b, n - 1))))
        {
            n--;
        }

        if (n > 1 && b[n - 1] == 'l' && b[n - 2] == 'l' && MeasureAbove(b, n - 1, 1))
        {
            n--;
        }

        return n;
    }

    private static int Step1A(Span<byte> b, int n)
    {
        if (b[n - 1] != 's')
        {
            return n;
        }

        if (b[n - 2] == 'e')
        {
            return (n > 4 && b[n - 4] == 's' && b[n - 3] == 's') || (n > 3 && b[n - 3] == 'i') ? n - 2 : n - 1;
        }

        return b[n - 2] != 's' ? n - 1 : n;
    }

    private static int Step1B(Span<byte> b, int n)
    {
        int stem;
        if (EndsWith(b, n, "eed"))
        {
            return MeasureAbove(b, n - 3, 0) ? n - 1 : n;
        }
        else if (EndsWith(b, n, "ed"))
        {
            stem = n - 2;
        }
        else if (EndsWith(b, n, "ing"))
        {
            stem = n - 3;
        }
        else
        {
            return n;
        }

        if (!HasVowel(b, stem))
        {
            return n;
        }

        n = stem;
        if (EndsWith(b, n, "at") || EndsWith(b, n, "bl") || EndsWith(b, n, "iz"))
        {
            b[n] = (byte)'e';
            return n + 1;
        }

        var last = b[n - 1];
        if (!IsVowel(last, previousIsConsonant: false) && last is not ((byte)'l' or (byte)'s' or (byte)'z') && last == b[n - 2])
        {
            return n - 1;
        }

        if (MeasureIsOne(b, n) && EndsCvc(b, n))
        {
            b[n] = (byte)'e';
            return n + 1;
        }

        return n;
    }

    // FTS5 tries the rules sharing the penultimate letter in order and stops at the first suffix that matches, whether
    // or not its condition holds; since no two suffixes in one table end alike except as listed, the first match wins.
    private static int ApplyFirstMatch(Span<byte> b, int n, (string Suffix, string Output)[] rules, int minimumMeasure)
    {
        foreach (var (suffix, output) in rules)
        {
            if (!EndsWith(b, n, suffix) || b[n - 2] != suffix[^2])
            {
                continue;
            }

            var stem = n - suffix.Length;
            if (!MeasureAbove(b, stem, minimumMeasure))
            {
                return n;
            }

            for (var i = 0; i < output.Length; i++)
            {
                b[stem + i] = (byte)output[i];
            }

            return stem + output.Length;
        }

        return n;
    }

    private static int Step4(Span<byte> b, int n)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (!EndsWith(b, n, suffix))
            {
                continue;
            }

            var stem = n - suffix.Length;
            var holds = suffix == "ion"
                ? (b[stem - 1] == 's' || b[stem - 1] == 't') && MeasureAbove(b, stem, 1)
                : MeasureAbove(b, stem, 1);
            return holds ? stem : n;
        }

        return n;
    }

    // FTS5 requires the word to be strictly longer than the suffix.
    private static bool EndsWith(ReadOnlySpan<byte> b, int n, string suffix)
    {
        if (n <= suffix.Length)
        {
            return false;
        }

        for (var i = 0; i < suffix.Length; i++)
        {
            if (b[n - suffix.Length + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVowel(byte c, bool previousIsConsonant) =>
        c is (byte)'a' or (byte)'e' or (byte)'i' or (byte)'o' or (byte)'u' || (previousIsConsonant && c == 'y');

    private static bool HasVowel(ReadOnlySpan<byte> b, int n)
    {
        for (var i = 0; i < n; i++)
        {
            if (IsVowel(b[i], i > 0))
            {
                return true;
            }
        }

        return false;
    }

    // Length of the prefix up to and including the first vowel-then-consonant transition (0 when there is none).
    private static int GobbleVowelConsonant(ReadOnlySpan<byte> b, int n, bool previousIsConsonant)
    {
        var consonant = previousIsConsonant;
        var i = 0;
        for (; i < n; i++)
        {
            consonant = !IsVowel(b[i], consonant);
            if (!consonant)
            {
                break;
            }
        }

        for (i++; i < n; i++)
        {
            consonant = !IsVowel(b[i], consonant);
            if (consonant)
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool MeasureAbove(ReadOnlySpan<byte> b, int n, int measure)
    {
        var start = 0;
        for (var m = 0; m <= measure; m++)
        {
            var gobbled = GobbleVowelConsonant(b[start..], n - start, previousIsConsonant: m > 0);
            if (gobbled == 0)
            {
                return false;
            }

            start += gobbled;
        }

        return true;
    }

    private static bool MeasureIsOne(ReadOnlySpan<byte> b, int n) => MeasureAbove(b, n, 0) && !MeasureAbove(b, n, 1);

    private static bool EndsCvc(ReadOnlySpan<byte> b, int n)
    {
        if (b[n - 1] is (byte)'w' or (byte)'x' or (byte)'y')
        {
            return false;
        }

        var mask = 0;
        var consonant = false;
        for (var i = 0; i < n; i++)
        {
            consonant = !IsVowel(b[i], consonant);
            mask = (mask << 1) + (consonant ? 1 : 0);
        }

        return (mask & 0x7) == 0x5;
    }
}
