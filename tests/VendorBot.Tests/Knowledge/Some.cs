using VendorBot.Knowledge;

namespace VendorBot.Tests.Knowledge;

/// <summary>Throwaway values for knowledge tests; each test sets only what matters to it.</summary>
internal static class Some
{
    public static SourceDocument Document(string text, string id = "doc.md", string? hash = null, IReadOnlyList<string>? vendors = null) =>
        new(id, "A title", "A publisher", "https://example.test/a", new DateOnly(2021, 5, 3), vendors ?? ["Huawei"], ["backdoor"], hash ?? $"hash-of-{text.GetHashCode(StringComparison.Ordinal)}", text);

    public static string Sentence(int words, int seed = 0)
    {
        string[] pool = ["Huawei", "denied", "the", "allegations", "network", "data", "backdoor", "officials", "sanctions", "equipment"];
        var sentence = string.Join(' ', Enumerable.Range(0, words).Select(i => pool[(i + seed) % pool.Length])) + ".";
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }
}
