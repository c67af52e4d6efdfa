using System.Globalization;
using System.Text.RegularExpressions;

namespace VendorBot.Answering.Model;

/// <summary>
/// Checks the <c>[n]</c> markers of a model answer against the passages it was given: <c>[n]</c>, <c>[n, m]</c> and
/// <c>[n][m]</c> are understood; numbers outside 1..passageCount are removed (a marker left empty disappears).
/// </summary>
internal static partial class CitationChecker
{
    /// <summary>Checks <paramref name="answer"/> written from <paramref name="passageCount"/> numbered passages.</summary>
    public static CitationCheck Check(string answer, int passageCount)
    {
        var cited = new SortedSet<int>();
        var removed = 0;
        var text = Marker().Replace(answer, match =>
        {
            var valid = new List<int>();
            foreach (var part in match.Groups["numbers"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= passageCount)
                {
                    valid.Add(number);
                    cited.Add(number);
                }
                else
                {
                    removed++;
                }
            }

            return valid.Count == 0 ? string.Empty : "[" + string.Join(", ", valid.Distinct()) + "]";
        });
        return new CitationCheck(Tidy().Replace(text, "$1").Trim(), [.. cited], removed);
    }

    [GeneratedRegex(@"\[(?<numbers>\s*\d{1,6}\s*(?:,\s*\d{1,6}\s*)*)\]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Marker();

    // A removed marker leaves " ." or a double space behind.
    [GeneratedRegex(@"[ \t]+([.,;:!?]|[ \t])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tidy();
}
