using VendorBot.Knowledge;

namespace VendorBot.Tests.Answering;

/// <summary>Throwaway values for answering tests.</summary>
internal static class Some
{
    /// <summary>A search hit for a passage with <paramref name="text"/>.</summary>
    public static SearchHit Hit(string text, string title = "A report", string? publisher = "Some Paper", int ordinal = 0) => new(
        new Passage($"doc.md#{ordinal}", "doc.md", ordinal, string.Empty, 0, text.Length, text),
        new DocumentInfo("doc.md", title, publisher, null, new DateOnly(2023, 3, 14), []),
        1.0,
        text);
}
