namespace VendorBot.Knowledge;

/// <summary>The metadata of a document that travels with a search hit or a citation (no text).</summary>
public sealed record DocumentInfo(
    string Id,
    string Title,
    string? Publisher,
    string? Url,
    DateOnly? PublishedOn,
    IReadOnlyList<string> Vendors)
{
    /// <summary>How much of <see cref="PublishedOn"/> the source gives (a month-only date has no day to show).</summary>
    public DatePrecision PublishedPrecision { get; init; }

    /// <summary><see cref="PublishedOn"/> at its precision (<c>2018-07-15</c>, <c>2018-07</c>, <c>2018</c>), or null.</summary>
    public string? PublishedText => PublishedOn is { } date ? PublishedDates.Format(date, PublishedPrecision) : null;

    /// <summary><see cref="PublishedOn"/> as a reader sees it (<c>2018-07-15</c>, <c>July 2018</c>, <c>2018</c>), or null.</summary>
    public string? PublishedReadable => PublishedOn is { } date ? PublishedDates.Readable(date, PublishedPrecision) : null;
}
