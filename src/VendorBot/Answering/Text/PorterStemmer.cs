namespace VendorBot.Answering.Text;

/// <summary>
/// Martin Porter's 1980 stemming algorithm, the one SQLite FTS5's <c>porter</c> tokenizer applies, so a stem computed
/// here matches the terms in the index (e.g. "threatened" and "threaten" both become "threaten").
/// Input must be lower-case ASCII letters; other words are returned unchanged.
/// </summary>
internal static class PorterStemmer
{
    /// <summary>Returns the stem of a lower-case word.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 2 || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        var w = new Word(word);
        w.Step1A();
        w.Step1B();
        w.Step1C();
        w.Step2();
        w.Step3();
        w.Step4();
        w.Step5();
        return w.ToString();
    }

    private sealed class Word(string text)
    {
        private string _b = text;

        public override string ToString() => _b;

        public void Step1A()
        {
            if (_b.EndsWith("sses", StringComparison.Ordinal) || _b.EndsWith("ies", StringComparison.Ordinal))
            {
                _b = _b[..^2];
            }
            else if (_b.EndsWith('s') && !_b.EndsWith("ss", StringComparison.Ordinal))
            {
                _b = _b[..^1];
            }
        }

        public void Step1B()
        {
            if (_b.EndsWith("eed", StringComparison.Ordinal))
            {
                if (Measure(_b.Length - 3) > 0)
                {
                    _b = _b[..^1];
                }

                return;
            }

            var suffix = _b.EndsWith("ed", StringComparison.Ordinal) ? 2 : _b.EndsWith("ing", StringComparison.Ordinal) ? 3 : 0;
            if (suffix == 0 || !HasVowel(_b.Length - suffix))
            {
                return;
            }

            _b = _b[..^suffix];
            if (_b.EndsWith("at", StringComparison.Ordinal) || _b.EndsWith("bl", StringComparison.Ordinal) || _b.EndsWith("iz", StringComparison.Ordinal))
            {
                _b += "e";
            }
            else if (EndsWithDoubleConsonant() && _b[^1] is not ('l' or 's' or 'z'))
            {
                _b = _b[..^1];
            }
            else if (Measure(_b.Length) == 1 && EndsCvc(_b.Length))
            {
                _b += "e";
            }
        }

        public void Step1C()
        {
            if (_b.EndsWith('y') && HasVowel(_b.Length - 1))
            {
                _b = _b[..^1] + "i";
            }
        }

        public void Step2() => ReplaceFirst(
            0,
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("abli", "able"),
            ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
            ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
            ("iviti", "ive"), ("biliti", "ble"));

        public void Step3() => ReplaceFirst(
            0,
            ("icate", "ic"), ("ative", string.Empty), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", string.Empty),
            ("ness", string.Empty));

        public void Step4()
        {
            string[] suffixes =
            [
                "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti",
                "ous", "ive", "ize",
            ];
            foreach (var suffix in suffixes.OrderByDescending(s => s.Length))
            {
                if (!_b.EndsWith(suffix, StringComparison.Ordinal))
                {
                    continue;
                }

                var stem = _b.Length - suffix.Length;
                var ionOk = suffix != "ion" || (stem > 0 && _b[stem - 1] is 's' or 't');
                if (Measure(stem) > 1 && ionOk)
                {
                    _b = _b[..stem];
                }

                return;
            }
        }

        public void Step5()
        {
            if (_b.EndsWith('e'))
            {
                var m = Measure(_b.Length - 1);
                if (m > 1 || (m == 1 && !EndsCvc(_b.Length - 1)))
                {
                    _b = _b[..^1];
                }
            }

            if (_b.EndsWith("ll", StringComparison.Ordinal) && Measure(_b.Length) > 1)
            {
                _b = _b[..^1];
            }
        }

        // Step 2 and 3 replace the longest matching suffix when the stem before it has measure > threshold.
        private void ReplaceFirst(int threshold, params (string Suffix, string Replacement)[] rules)
        {
            foreach (var (suffix, replacement) in rules.OrderByDescending(r => r.Suffix.Length))
            {
                if (_b.EndsWith(suffix, StringComparison.Ordinal))
                {
                    var stem = _b.Length - suffix.Length;
                    if (Measure(stem) > threshold)
                    {
                        _b = _b[..stem] + replacement;
                    }

                    return;
                }
            }
        }

        private bool IsConsonant(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        // m in [C](VC)^m[V] over the first `length` letters.
        private int Measure(int length)
        {
            var m = 0;
            var i = 0;
            while (i < length && IsConsonant(i))
            {
                i++;
            }

            while (i < length)
            {
                while (i < length && !IsConsonant(i))
                {
                    i++;
                }

                if (i >= length)
                {
                    break;
                }

                m++;
                while (i < length && IsConsonant(i))
                {
                    i++;
                }
            }

            return m;
        }

        private bool HasVowel(int length)
        {
            for (var i = 0; i < length; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        private bool EndsWithDoubleConsonant() =>
            _b.Length >= 2 && _b[^1] == _b[^2] && IsConsonant(_b.Length - 1);

        // cvc where the last c is not w, x or y (e.g. "hop" -> "hope" is wrong, "fil" -> "file").
        private bool EndsCvc(int length) =>
            length >= 3 && IsConsonant(length - 1) && !IsConsonant(length - 2) && IsConsonant(length - 3)
            && _b[length - 1] is not ('w' or 'x' or 'y');
    }
}
