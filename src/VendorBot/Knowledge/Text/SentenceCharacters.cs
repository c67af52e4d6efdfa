namespace VendorBot.Knowledge.Text;

/// <summary>The characters that end sentences or close them, across the scripts the documents use.</summary>
internal static class SentenceCharacters
{
    /// <summary>True for a character that can end a sentence: . ! ? … and the Arabic, Urdu and CJK forms.</summary>
    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…' or '‼' or '⁇' or '⁈' or '⁉'
        or '؟' or '۔' or '。' or '！' or '？' or '．' or '｡';

    /// <summary>True for the CJK full-width stops, which end a sentence without a following space.</summary>
    public static bool IsFullWidthTerminal(char c) => c is '。' or '！' or '？' or '．' or '｡';

    /// <summary>True for a quote or bracket that may close a sentence after its stop (<c>.”</c>, <c>?)</c>).</summary>
    public static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or '»' or '›' or ')' or ']' or '}'
        or '」' or '』' or '】' or '〕' or '）';
}
