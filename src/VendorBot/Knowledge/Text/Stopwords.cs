using System.Collections.Frozen;

namespace VendorBot.Knowledge.Text;

/// <summary>
/// English function words, question words and contraction pieces that carry no topic (the common NLTK/SMART list,
/// trimmed): queries drop them (unless nothing else is left), relevance feedback never adds them, the relevance gate
/// and the composer do not count them. "us" is not one: "the US" is a country.
/// </summary>
internal static class Stopwords
{
    /// <summary>The words, lower case and folded like the index's terms.</summary>
    public static FrozenSet<string> Words { get; } = FrozenSet.ToFrozenSet(
    [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "d", "did",
        "do", "does", "doing", "done", "down", "during", "each", "either", "else", "etc", "ever", "few", "for", "from",
        "further", "get", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
        "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "ll", "m", "me",
        "might", "more", "most", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or",
        "other", "ought", "our", "ours", "ourselves", "out", "over", "own", "please", "re", "s", "same", "shall", "she",
        "should", "so", "some", "such", "t", "tell", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
        "there", "these", "they", "this", "those", "through", "thus", "to", "too", "under", "until", "up", "upon", "ve",
        "very", "was", "we", "were", "what", "whats", "when", "where", "whether", "which", "while", "who", "whom", "whose",
        "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves",
    ]);

    /// <summary>True when <paramref name="term"/> (lower case, folded) is a function word.</summary>
    public static bool Contains(string term) => Words.Contains(term);
}
