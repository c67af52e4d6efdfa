using System.Globalization;

namespace VendorBot.Cli;

/// <summary>Small helpers for terminal text that reads well: counts with the right plural.</summary>
internal static class CliText
{
    /// <summary>"1 document", "3 documents", "0 documents" (<paramref name="plural"/> defaults to singular + "s").</summary>
    public static string Count(long count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");
}
