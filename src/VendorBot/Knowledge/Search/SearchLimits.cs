namespace VendorBot.Knowledge.Search;

/// <summary>Bounds and markers of query building and search, in one place.</summary>
public static class SearchLimits
{
    /// <summary>Most distinct terms taken from one query; the rest are ignored so a pasted essay stays fast.</summary>
    public const int MaxQueryTerms = 32;

    /// <summary>Longest token (in characters) kept from a query; longer runs of letters are noise, not words.</summary>
    public const int MaxTermLength = 64;

    /// <summary>Most passages re-scored per query (the candidate pool is never larger).</summary>
    public const int MaxCandidatePool = 2000;

    /// <summary>Marker placed before a matched term in a snippet (Discord Markdown bold).</summary>
    public const string HighlightOpen = "**";

    /// <summary>Marker placed after a matched term in a snippet.</summary>
    public const string HighlightClose = "**";

    /// <summary>Marks text left out of a snippet.</summary>
    public const string SnippetEllipsis = "…";

    /// <summary>Tokens in a snippet.</summary>
    public const int SnippetTokens = 24;
}
