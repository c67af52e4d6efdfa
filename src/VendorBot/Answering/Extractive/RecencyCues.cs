using System.Globalization;
using VendorBot.Knowledge;

namespace VendorBot.Answering.Extractive;

/// <summary>
/// An answer about the present ("currently", "latest", "still", "now": <see cref="Understanding.QuestionAnalysis.AsksForNow"/>)
/// says how old the newest source is, so a reader knows how current "now" is.
/// </summary>
internal static class RecencyCues
{
    /// <summary>
    /// "The newest source is from 2023-05-10 (about 2 years ago); …", the date at its precision ("July 2018" for a
    /// month-only date, never an invented day), or null when no source is dated.
    /// </summary>
    public static string? NewestSourceNote(IEnumerable<(DateOnly Date, DatePrecision Precision)?> dates, DateTimeOffset now)
    {
        if (dates.Where(d => d is not null).MaxBy(d => d!.Value.Date) is not { } dated)
        {
            return null;
        }

        var newest = dated.Date;

        var days = DateOnly.FromDateTime(now.UtcDateTime).DayNumber - newest.DayNumber;
        var age = days switch
        {
            < 1 => "today",
            < 60 => string.Create(CultureInfo.InvariantCulture, $"{days} days ago"),
            < 730 => string.Create(CultureInfo.InvariantCulture, $"about {days / 30} months ago"),
            _ => string.Create(CultureInfo.InvariantCulture, $"about {days / 365} years ago"),
        };
        return string.Create(CultureInfo.InvariantCulture, $"The newest source is from {PublishedDates.Readable(newest, dated.Precision)} ({age}); later events are not covered.");
    }
}
