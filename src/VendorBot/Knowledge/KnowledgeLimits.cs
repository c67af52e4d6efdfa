namespace VendorBot.Knowledge;

/// <summary>Numbers the knowledge base is built around, in one place.</summary>
public static class KnowledgeLimits
{
    /// <summary>Default number of search hits.</summary>
    public const int DefaultTop = 8;

    /// <summary>Most hits a caller may ask for.</summary>
    public const int MaxTop = 1000;
}
