using System.Globalization;

namespace VendorBot.Knowledge;

/// <summary>How much of a publication date the source gives.</summary>
public enum DatePrecision
{
    /// <summary>A calendar day (<c>2018-07-15</c>).</summary>
    Day = 0,

    /// <summary>A month only (<c>2018-07</c>): the day is not known and never shown.</summary>
    Month = 1,

    /// <summary>A year only (<c>2018</c>).</summary>
    Year = 2,
}

/// <summary>
/// Publication dates at the precision the source gives: the stored (and front-matter) text form is <c>yyyy-MM-dd</c>,
/// <c>yyyy-MM</c> or <c>yyyy</c>; a month-only date is kept as the month's first day with <see cref="DatePrecision.Month"/>
/// and printed without a day.
/// </summary>
public static class PublishedDates
{
    /// <summary>The ISO text form at <paramref name="precision"/>: <c>2018-07-15</c>, <c>2018-07</c> or <c>2018</c>.</summary>
    public static string Format(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The date as answers and source lists show it to a reader: a day as <c>2018-07-15</c>, a month as
    /// <c>July 2018</c>, a year as <c>2018</c>: never a day the source does not give.
    /// </summary>
    public static string Readable(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => Format(date, precision),
    };

    /// <summary>Reads the ISO text form (<c>yyyy-MM-dd</c>, <c>yyyy-MM</c> or <c>yyyy</c>); null when it is none of them.</summary>
    public static (DateOnly Date, DatePrecision Precision)? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        (string Format, DatePrecision Precision)[] forms = [("yyyy-MM-dd", DatePrecision.Day), ("yyyy-MM", DatePrecision.Month), ("yyyy", DatePrecision.Year)];
        foreach (var (format, precision) in forms)
        {
            if (DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (date, precision);
            }
        }

        return null;
    }
}
