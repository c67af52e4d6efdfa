namespace VendorBot.Knowledge;

/// <summary>What to search for: raw user text (never passed to FTS5 as is), how many hits, and an optional vendor filter.</summary>
public sealed record SearchQuery(string Text, int Top = KnowledgeLimits.DefaultTop, string? Vendor = null);
