using System.Security.Cryptography;
using System.Text;

namespace VendorBot.Knowledge;

/// <summary>The content hash stored with every document: SHA-256 as lower-case hex.</summary>
public static class ContentHash
{
    /// <summary>Hashes file bytes (what the folder indexer does).</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Hashes text as UTF-8 (for in-memory documents such as a BEIR corpus: hash title and text together).</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Of(Encoding.UTF8.GetBytes(text));
    }
}
