namespace VendorBot.Answering.Text;

/// <summary>
/// English function words: question words, articles, pronouns, auxiliaries and prepositions. They say nothing about
/// the topic, so they neither count towards relevance nor towards a sentence's score.
/// </summary>
internal static class Stopwords
{
    private static readonly HashSet<string> Words = new(
        """
        a about above after again against all also am an and any are as at be because been before being below between both
        but by can could did do does doing done down during each else ever few for from further get got had has have having
        he her here hers herself him himself his how i if in into is it its itself just let me more most my myself no nor
        not now of off on once only or other ought our ours ourselves out over own please same shall she should so some such
        tell than that the their theirs them themselves then there these they this those through to too under until up upon
        us very was we were what whats when where which while who whom whose why will with would you your yours yourself
        s t d ll m re ve
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>True when <paramref name="lowerCaseWord"/> is a function word.</summary>
    public static bool Contains(string lowerCaseWord) => Words.Contains(lowerCaseWord);
}
