namespace VendorBot.Knowledge;

/// <summary>Numbers the knowledge base is built around, in one place.</summary>
public static class KnowledgeLimits
{
    /// <summary>Default number of search hits.</summary>
    public const int DefaultTop = 8;

    /// <summary>Most hits a caller may ask for.</summary>
    public const int MaxTop = 1000;

    /// <summary>A passage is closed once it reaches this many characters (it holds a few sentences).</summary>
    public const int PassageTargetChars = 600;

    /// <summary>A passage never grows past this many characters; a longer sentence is cut at white space.</summary>
    public const int PassageMaxChars = 900;

    /// <summary>Longest line (characters) that can be taken for a heading in plain text.</summary>
    public const int HeadingMaxChars = 100;

    /// <summary>How often a read-only process looks whether its index file was republished (replaced by a new file).</summary>
    public static readonly TimeSpan ReadOnlyRecheckInterval = TimeSpan.FromSeconds(2);

    /// <summary>Default largest document file read, in bytes (20 MB).</summary>
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;

    /// <summary>Longest wait for a document file to open before it is skipped (a pipe, a hung network drive).</summary>
    public static readonly TimeSpan FileOpenTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Separator between the headings of a heading path.</summary>
    public const string HeadingSeparator = " › ";
}
