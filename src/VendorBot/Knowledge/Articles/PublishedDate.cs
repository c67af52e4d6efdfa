using System.Globalization;
using System.Text.RegularExpressions;

namespace VendorBot.Knowledge.Articles;

/// <summary>A publication date with the precision the source gave: a day (<c>yyyy-MM-dd</c>) or only a month (<c>yyyy-MM</c>).</summary>
public sealed partial record PublishedDate(DateOnly Date, bool HasDay)
{
    /// <summary>The front-matter form: <c>yyyy-MM-dd</c> or <c>yyyy-MM</c>.</summary>
    public override string ToString() =>
        Date.ToString(HasDay ? "yyyy-MM-dd" : "yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads an ISO 8601 date or date-time (<c>2024-03-18</c>, <c>2024-03-18T09:30:00+01:00</c>, <c>2024-03</c>) or an
    /// RFC 1123 date; a date-time keeps the date as written (the publisher's calendar day). Null when it is none of them.
    /// </summary>
    public static PublishedDate? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        var iso = IsoDate().Match(value);
        if (iso.Success)
        {
            var year = int.Parse(iso.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            var month = int.Parse(iso.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12 || year is < 1900 or > 2200)
            {
                return null;
            }

            if (!iso.Groups["d"].Success)
            {
                return new PublishedDate(new DateOnly(year, month, 1), HasDay: false);
            }

            var day = int.Parse(iso.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            return day <= DateTime.DaysInMonth(year, month) && day >= 1 ? new PublishedDate(new DateOnly(year, month, day), HasDay: true) : null;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? new PublishedDate(DateOnly.FromDateTime(moment.DateTime), HasDay: true)
            : null;
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})(?:-(?<d>\d{2}))?(?:$|[T ]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
