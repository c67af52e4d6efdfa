using System.Text.RegularExpressions;

namespace VendorBot.Knowledge.Articles;

/// <summary>
/// Finds the vendors an article is about: the known ones (the index's vendors plus <c>Documents:Vendors</c>) named as
/// whole words in its title or lead (the first paragraphs, about 600 characters). A vendor only mentioned further
/// down is not what the article is about.
/// </summary>
internal static class VendorDetector
{
    private const int LeadCharacters = 600;

    /// <summary>The known vendors named in the title or lead of <paramref name="article"/>, in the spelling of the known list, first mention first.</summary>
    public static IReadOnlyList<string> Detect(ExtractedArticle article, IEnumerable<string> knownVendors)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(knownVendors);
        var lead = new System.Text.StringBuilder(article.Title);
        foreach (var block in article.Blocks.Where(block => !block.IsHeading))
        {
            if (lead.Length >= LeadCharacters)
            {
                break;
            }

            lead.Append('\n').Append(block.Text);
        }

        return Named(lead.ToString(), knownVendors);
    }

    /// <summary>The known vendors <paramref name="text"/> names as whole words (any case), in the spelling of the known list, first mention first.</summary>
    public static IReadOnlyList<string> Named(string text, IEnumerable<string> knownVendors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(knownVendors);
        return knownVendors
            .Where(vendor => !string.IsNullOrWhiteSpace(vendor))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(vendor => (Vendor: vendor.Trim(), At: Find(text, vendor.Trim())))
            .Where(found => found.At >= 0)
            .OrderBy(found => found.At)
            .Select(found => found.Vendor)
            .ToList();
    }

    private static int Find(string text, string vendor)
    {
        var match = Regex.Match(
            text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(vendor)}(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? match.Index : -1;
    }
}
