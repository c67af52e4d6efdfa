using System.Globalization;
using System.Text.RegularExpressions;

namespace VendorBot.Knowledge.Claims;

/// <summary>
/// Finds the years a passage places events in: a year after a time preposition ("in 2020", "since 2019", "dates back
/// to 2020", "in early 2021", "in March 2022") or in a full date ("March 3, 2021"). A bare number such as "2020 units"
/// is not a year.
/// </summary>
internal static partial class EventYearExtractor
{
    /// <summary>The year mentions of <paramref name="passage"/>, with offsets into the document text, in reading order.</summary>
    public static IReadOnlyList<EventYear> Extract(Passage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        return YearPhrase().Matches(passage.Text)
            .Select(m => new EventYear(
                passage.Id,
                int.Parse(m.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture),
                passage.Start + m.Index,
                passage.Start + m.Index + m.Length))
            .ToList();
    }

    [GeneratedRegex(
        @"\b(?:(?:in|since|during|until|till|from|through|to|before|after|around|by)\s+(?:(?:early|late|mid|the\s+summer\s+of|the\s+end\s+of)\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+)(?<year>(?:19|20)\d{2})\b(?![\d%])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearPhrase();
}
