using System.Globalization;

namespace VendorBot.Knowledge.Loading;

/// <summary>Reads the keys VendorBot knows from a front-matter block onto the document; unknown keys are ignored.</summary>
internal static class FrontMatterMetadata
{
    /// <summary>Returns <paramref name="content"/> with title, publisher (or source), url, date, vendors and topics set.</summary>
    /// <exception cref="DocumentLoadException">A known key has the wrong shape or an invalid date.</exception>
    public static DocumentContent Apply(DocumentContent content, FrontMatter frontMatter)
    {
        var values = frontMatter.Values;
        var published = Date(values, "published") ?? Date(values, "date");
        return content with
        {
            Title = Scalar(values, "title") ?? content.Title,
            Publisher = Scalar(values, "publisher") ?? Scalar(values, "source") ?? content.Publisher,
            Url = Scalar(values, "url") ?? content.Url,
            PublishedOn = published?.Date ?? content.PublishedOn,
            PublishedPrecision = published?.Precision ?? content.PublishedPrecision,
            Vendors = List(values, "vendors") ?? content.Vendors,
            Topics = List(values, "topics") ?? content.Topics,
        };
    }

    /// <summary>Parses <c>yyyy-MM-dd</c>, <c>yyyy-MM</c> (first of the month) or <c>yyyy</c> (1 January); null if it is none of them.</summary>
    public static DateOnly? ParseDate(string value)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (DateOnly.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            && value.Length > 10
                ? DateOnly.FromDateTime(moment.UtcDateTime)
                : null;
    }

    private static string? Scalar(IReadOnlyDictionary<string, FrontMatterValue> values, string key)
    {
        if (!values.TryGetValue(key, out var value))
        {
            return null;
        }

        if (value.IsList)
        {
            throw new DocumentLoadException($"malformed front matter at line {value.Line}: '{key}' must be a single value, not a list");
        }

        var text = value.Items[0].Trim();
        return text.Length == 0 ? null : text;
    }

    private static (DateOnly Date, DatePrecision Precision)? Date(IReadOnlyDictionary<string, FrontMatterValue> values, string key)
    {
        var text = Scalar(values, key);
        if (text is null)
        {
            return null;
        }

        return PublishedDates.Parse(text) ?? (ParseDate(text) is { } moment ? (moment, DatePrecision.Day) : ((DateOnly, DatePrecision)?)null)
            ?? throw new DocumentLoadException(
                $"malformed front matter at line {values[key].Line}: '{key}: {text}' is not a date (yyyy-MM-dd, yyyy-MM or yyyy)");
    }

    private static List<string>? List(IReadOnlyDictionary<string, FrontMatterValue> values, string key)
    {
        if (!values.TryGetValue(key, out var value))
        {
            return null;
        }

        return value.Items
            .Select(item => item.Trim())
            .Where(item => item.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
